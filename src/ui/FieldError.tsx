/**
 * A form field's own problem, shown under it and linked with aria-describedby. By default it is
 * an alert, so a screen reader hears it the moment it appears; a form that already announces a
 * summary of its problems passes `alert={false}` to avoid saying everything twice.
 */
export function FieldError({
  id,
  message,
  alert = true,
}: {
  id: string;
  message: string | undefined;
  alert?: boolean;
}) {
  if (!message) return null;
  return (
    <p className="error-message" role={alert ? 'alert' : undefined} id={id}>
      {message}
    </p>
  );
}
