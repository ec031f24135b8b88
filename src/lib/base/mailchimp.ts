/**
 * The `u` and `id` of a Mailchimp form address, which name Mailchimp's bot-trap field.
 * @see https://mailchimp.com/help/add-a-signup-form-to-your-website/
 */
export function mailchimpAudience(action: string): { u: string; id: string } | undefined {
  let url: URL;
  try {
    url = new URL(action);
  } catch {
    return undefined;
  }
  const u = url.searchParams.get('u') ?? '';
  const id = url.searchParams.get('id') ?? '';
  return /^[a-f0-9]{6,40}$/i.test(u) && /^[a-f0-9]{6,40}$/i.test(id) ? { u, id } : undefined;
}
