"""The directory's own pages show these themselves, around the other apps' panels
(``core.panels``): the Council seats and Committee offices of a State, and the points of contact
and sub-organizations of a State or an organization."""

from r1540.core import panels

panels.not_shown("directory.State", "directory.CouncilMembership", "on the State page itself (Council years)")
panels.not_shown("directory.State", "directory.CommitteeOffice", "on the State page itself (Committee offices)")
panels.not_shown("directory.State", "directory.PointOfContact", "on the State page itself (POC, by policy)")
panels.not_shown("directory.Organization", "directory.PointOfContact", "on the organization page itself (POC)")
