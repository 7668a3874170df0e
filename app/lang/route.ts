import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { localeCookie, locales } from "@/lib/i18n/locales";

const switchSchema = z.object({
  to: z.enum(locales),
  // Only a path on this site: never an absolute or protocol-relative URL (no open redirect).
  back: z.string().regex(/^\/(?!\/)[^\s\\]*$/).catch("/"),
});

/** The language switch: a plain form POST, so it works before (and without) JavaScript. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const parsed = switchSchema.safeParse({ to: form.get("to"), back: form.get("back") ?? "/" });
  if (!parsed.success) return NextResponse.json({ message: "Unsupported language" }, { status: 400 });
  // A relative Location: behind a proxy or on 127.0.0.1 vs localhost, request.url's host may not be the one the
  // browser used, and the cookie would then be set for the wrong host.
  const response = new NextResponse(null, { status: 303, headers: { Location: parsed.data.back } });
  response.cookies.set(localeCookie, parsed.data.to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
