from r1540.core.roles import Role
from r1540.core.testing.files import language_file
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)


def pk(key):
    return lambda w: {"pk": w[key].pk}


EDITOR_POST = {**only(EDITORS, ok=302), "public": 302}
PRIVATE = only(COMMITTEE, public=404, other=404)
OWN_LETTER = only((Role.STATE_POC, *COMMITTEE), public=302, other=404)

CASES = [
    Case("programme:programme_current", expect(200)),
    Case("programme:programme", expect(200), kwargs=lambda w: {"pk": w["programme_item"].programme_id}),
    Case("programme:item", expect(200), kwargs=pk("programme_item")),
    Case("programme:item_edit", only(EDITORS), kwargs=pk("programme_item")),
    Case("programme:meeting_list", expect(200)),
    Case("programme:meeting", expect(200), kwargs=pk("open_meeting"), label="public"),
    Case("programme:meeting", PRIVATE, kwargs=pk("closed_meeting"), label="closed"),
    Case("programme:meeting_add", only(EDITORS)),
    Case(
        "programme:meeting_edit",
        {**only(EDITORS), Role.STATE_POC: 404, Role.ORGANIZATION_POC: 404, "public": 302} | {Role.DELEGATION: 403},
        kwargs=pk("closed_meeting"),
    ),
    Case(
        "programme:meeting_notify",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("closed_meeting"),
    ),
    Case(
        "programme:document_add",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("closed_meeting"),
    ),
    Case("programme:document_list", expect(200)),
    Case("programme:document", PRIVATE, kwargs=pk("restricted_document"), label="restricted"),
    Case("programme:document", expect(200), kwargs=pk("public_document"), label="public"),
    Case(
        "programme:document_circulate",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("restricted_document"),
    ),
    Case("programme:compliance", only(COMMITTEE)),
    Case("programme:calendar", expect(200)),
    Case("programme:public_feed", expect(200)),
    Case("programme:calendar_feed", expect(404), kwargs=lambda w: {"token": "forged"}, label="bad token"),
    Case("programme:calendar_feed_revoke", expect(302), method="post", label="own address; public to sign-in"),
    Case("programme:calendar_feed_revoke", expect(405, public=302), label="GET is refused: a POST"),
    Case("programme:review", expect(200)),
    Case("programme:letter_list", {**only((Role.STATE_POC, Role.ORGANIZATION_POC, *COMMITTEE))}),
    Case("programme:letter_template_list", only(COMMITTEE)),
    Case("programme:letter_template", only(COMMITTEE), kwargs=lambda w: {"code": "nonreporting"}),
    Case("programme:letter", OWN_LETTER, kwargs=pk("own_letter")),
    Case(
        "programme:letter_mark",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("own_letter"),
    ),
    Case("programme:letter_download", OWN_LETTER, kwargs=lambda w: {"pk": w["own_letter"].pk, "kind": "docx"}),
    Case("programme:batch_download", only(COMMITTEE), kwargs=lambda w: {"batch": "world"}),
    # API
    Case("programmeitem-list", expect(200)),
    Case("programmeitem-detail", expect(200), kwargs=pk("programme_item")),
    Case("programmeitem-history", only(COMMITTEE, public=401), kwargs=pk("programme_item")),
    Case("meeting-list", expect(200)),
    Case("meeting-detail", PRIVATE, kwargs=pk("closed_meeting"), label="closed"),
    Case("meeting-history", PRIVATE, kwargs=pk("closed_meeting")),
    Case("meetingdocument-list", expect(200)),
    Case("meetingdocument-detail", PRIVATE, kwargs=pk("restricted_document"), label="restricted"),
    Case("letter-list", {**only((Role.STATE_POC, Role.ORGANIZATION_POC, *COMMITTEE), public=401)}),
    Case("letter-detail", {**OWN_LETTER, "public": 401, Role.DELEGATION: 200}, kwargs=pk("own_letter")),
    Case("letter-history", {**OWN_LETTER, "public": 401, Role.STATE_POC: 403}, kwargs=pk("own_letter")),
]

CASES += [
    Case("programme:working_groups", expect(200)),
    Case("programme:transition", only(COMMITTEE)),
]

STAFF_POST = {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403}

CASES += [
    Case("programme:participant_add", STAFF_POST, method="post", kwargs=pk("closed_meeting")),
    Case("programme:participants_invite", STAFF_POST, method="post", kwargs=pk("closed_meeting")),
    Case("programme:participant_mark", STAFF_POST, method="post", kwargs=pk("participant")),
    Case("programme:member_add", STAFF_POST, method="post", kwargs=lambda w: {"year": w["today"].year}),
    Case("programme:member_remove", STAFF_POST, method="post", kwargs=pk("group_member")),
    Case("programme:review_decision", expect(200), kwargs=pk("review_decision")),
    Case("programme:review_decision_add", only(EDITORS)),
    Case("programme:review_decision_edit", only(EDITORS), kwargs=pk("review_decision")),
    Case("programme:review_section", only(COMMITTEE), kwargs=pk("review_section")),
    Case("programme:review_section_add", only(EDITORS)),
    Case("programme:review_section_edit", only(EDITORS), kwargs=pk("review_section")),
    Case("programme:review_draft", only(COMMITTEE), kwargs=lambda w: {"number": 4, "kind": "docx"}, label="docx"),
    Case("programme:review_draft", only(COMMITTEE), kwargs=lambda w: {"number": 4, "kind": "pdf"}, label="pdf"),
    # API
    Case("meetingparticipant-list", expect(200)),
    Case("meetingparticipant-detail", PRIVATE, kwargs=pk("participant"), label="closed meeting"),
    Case("meetingparticipant-history", PRIVATE, kwargs=pk("participant")),
    Case("workinggroupmember-list", expect(200)),
    Case("workinggroupmember-history", only(COMMITTEE, public=401), kwargs=pk("group_member")),
    Case("reviewdecision-history", only(COMMITTEE, public=401), kwargs=pk("review_decision")),
    Case("reviewsection-history", only(COMMITTEE, public=401), kwargs=pk("review_section")),
    Case("workinggroupmember-detail", expect(200), kwargs=pk("group_member")),
    Case("reviewdecision-list", expect(200)),
    Case("reviewdecision-detail", expect(200), kwargs=pk("review_decision")),
    Case("reviewsection-list", only(COMMITTEE, public=401)),
    Case("reviewsection-detail", only(COMMITTEE, public=401), kwargs=pk("review_section")),
]

# Uploaded files: the document's policy, as on its page (r1540/core/views/files.py).
CASES += [
    Case("file", PRIVATE, kwargs=lambda w: language_file(w, "restricted_document"), label="restricted document"),
    Case("file", expect(200), kwargs=lambda w: language_file(w, "public_document"), label="public document"),
    Case(
        "file",
        expect(404),
        kwargs=lambda w: {"label": "programme.meeting", "pk": w["closed_meeting"].pk, "field": "title"},
        label="not a file",
    ),
]
