/** How the tenant lets people prove who they are at the panel; it shapes the secret field's label. */
export interface CredentialsOptions {
  /** The secret field also takes a one-time password (emailed, or generated in the portal). */
  readonly acceptsOneTimePassword: boolean;
  /** The tenant uses client authentication: the OTP comes from the desktop client. */
  readonly clientAuthentication: boolean;
  /** The screen offers Use your phone (a QR code and a short code confirmed in the portal). */
  readonly phoneHandover: boolean;
}

export const defaultCredentialsOptions: CredentialsOptions = {
  acceptsOneTimePassword: true,
  clientAuthentication: false,
  phoneHandover: false,
};
