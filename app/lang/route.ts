import { NextResponse, type NextRequest } from "next/server";
import { localeCookie } from "@/lib/i18n/locales";
import { languageSwitchSchema } from "@/lib/i18n/schemas";
import { isCrossSite } from "@/lib/request-checks";

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The language switch: a plain form POST, so it works before (and without) JavaScript. Another site cannot switch
 * the reader's language (403), and anything but a readable form is a 4xx, never a 500.
 */
export async function POST(request: NextRequest) {
  if (isCrossSite(request.headers))
    return NextResponse.json({ message: "Cross-site requests are refused." }, { status: 403 });
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!formTypes.includes(type))
    return NextResponse.json({ message: "Send the language switch as a form." }, { status: 415 });
  const form = await request.formData().catch(() => null);
  if (!form) return NextResponse.json({ message: "The form cannot be read." }, { status: 400 });
  const parsed = languageSwitchSchema.safeParse({ to: form.get("to"), back: form.get("back") ?? "/" });
  if (!parsed.success) return NextResponse.json({ message: "Unsupported language" }, { status: 400 });
  // A relative Location: behind a proxy or on 127.0.0.1 vs localhost, request.url's host may not be the one the
  // browser used, and the cookie would then be set for the wrong host.
  const response = new NextResponse(null, { status: 303, headers: { Location: parsed.data.back } });
  response.cookies.set(localeCookie, parsed.data.to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
