"""Crisis resources per region, the clinician's script and the replies to clients.

The app surfaces these; it does not assess risk. Numbers come from the domain brief with their
source and checked date; the user's own local lines are shown first.
"""

from after_hours.availability.crisis.resources import (
    RegionResources,
    RegionView,
    Resource,
    add_user_resource,
    load_resources,
    normalize_region,
    region_view,
    remove_user_resource,
    resources_for,
    user_resources,
)
from after_hours.availability.crisis.response import Response, prepare_response
from after_hours.availability.crisis.scripts import KINDS, Rendered, ReplyContext, render

__all__ = [
    "KINDS",
    "RegionResources",
    "RegionView",
    "Rendered",
    "ReplyContext",
    "Resource",
    "Response",
    "add_user_resource",
    "load_resources",
    "normalize_region",
    "prepare_response",
    "region_view",
    "remove_user_resource",
    "render",
    "resources_for",
    "user_resources",
]
