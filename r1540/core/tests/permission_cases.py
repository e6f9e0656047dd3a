from r1540.core.testing.permissions import SIGNED_IN, Case, expect, only

CASES = [
    Case("public:home", expect(200)),
    Case("core:account", only(SIGNED_IN)),
    Case("core:login", expect(302, public=200), label="signed-in users go home"),
    Case("core:login_verify", expect(302), label="no password entered yet: back to sign-in"),
    Case("core:two_factor_setup", only(("expert", "secretariat", "delegation", "administrator"))),
    Case("core:logout", expect(405), label="GET is refused: sign out is a POST"),
    Case("core:logout", expect(302), method="post"),
    Case("core:password_reset", expect(200)),
    Case("core:password_reset_done", expect(200)),
    Case("core:password_reset_confirm", expect(200), kwargs=lambda w: {"uidb64": "MQ", "token": "bad-token"}),
    Case("core:password_reset_complete", expect(200)),
    Case("set_language", expect(302), method="post", data=lambda w: {"language": "zh-hans", "next": "/"}),
    Case("admin:index", only(("administrator",), public=302, other=302)),
    Case("api-root", expect(200)),
    Case("api-schema", expect(200)),
    Case("api-docs", expect(200)),
    Case("api-redoc", expect(200)),
]
