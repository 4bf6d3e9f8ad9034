# Single sign-on with the company's identity provider, and the sign-in ways an operator turns off.
# Every id here must exist in every locale (tests/i18n.rs).

login-sso = Sign in with { $name }
login-or = Or sign in with Candor's own sign-in:
login-links-off = Sign-in links are turned off here: use your company's single sign-on.
login-passwords-off = Passwords are turned off here: use your company's single sign-on.
sso-provider-refused = The identity provider did not sign you in: { $reason }. Start again from the sign-in page.
sso-incomplete = The identity provider's answer lacks its code or state. Start again from the sign-in page.
sso-other-browser = This sign-in did not start in this browser (or its cookie was lost). Start again from the sign-in page.
sso-used = This sign-in was finished already or is older than 10 minutes. Start again from the sign-in page.
sso-refused = The identity provider's answer did not pass Candor's checks ({ $reason }). Nobody was signed in; start again, and tell your admin if it happens again.
sso-no-email = The identity provider did not say your email address, which Candor needs to find you. Ask your admin to release the email claim to Candor.
sso-unverified = The identity provider has not verified the address { $email }. Verify it there, then sign in again.
sso-unknown = You signed in as { $email }, but Candor knows nobody with that address. Ask your People team to add you, or sign in with the address they know.
