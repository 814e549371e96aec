/** Remove secret values (and their Basic-auth encodings) from text before it is logged. */
export function redact(text: string, secrets: Array<string | null | undefined>): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    for (const form of [s, Buffer.from(`API_KEY:${s}`).toString('base64')]) out = out.split(form).join('***');
  }
  return out;
}
