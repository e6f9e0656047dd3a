from r1540.core.testing.permissions import Case, expect

CASES = [
    Case("public:reporting_status", expect(200)),
    Case("public:reporting_status", expect(200), data=lambda w: {"_export": "json"}, label="JSON"),
    Case("public:statistics", expect(200)),
    Case("public:news_rss", expect(200)),
    Case("public:news_atom", expect(200)),
    Case("public:about_data", expect(200)),
    Case("public:assistance_guide", expect(200)),
    Case("sitemap", expect(200)),
    Case("sitemap-section", expect(200), kwargs=lambda w: {"section": "events"}),
    Case("robots", expect(200)),
    Case("reportingstatus-list", expect(200)),
    Case("reportingstatus-detail", expect(200), kwargs=lambda w: {"iso3": w["own_state"].iso3}),
]
