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
  const response = NextResponse.redirect(new URL(parsed.data.back, request.url), 303);
  response.cookies.set(localeCookie, parsed.data.to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
