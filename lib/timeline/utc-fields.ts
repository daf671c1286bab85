/**
 * A local `Date` whose local fields equal the UTC fields of `ms`.
 * date-fns formats in local time; events are UTC instants, so we hand it this stand-in.
 * setFullYear (not the constructor) keeps years 0-99 and BCE years as they are.
 */
export function utcFieldsAsLocal(ms: number): Date {
  const utc = new Date(ms);
  const local = new Date(0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  local.setHours(utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds(), utc.getUTCMilliseconds());
  return local;
}
