"""The words of photos and videos: sharing a picture, and who is in it."""

from __future__ import annotations

import re

# Sharing a photo or video, and what it shows.
MEDIA = re.compile(
    r"\[(?:photo|photos|picture|pic|pics|image|images|video|vid|gallery|album)[^\]]*\]"
    r"|\b(?:photos?|pics?|pictures?|piccies|snaps?|videos?|vids?|clips?|footage|selfies?|screenshots?|screen ?shots?|screengrabs?|screen ?grabs?|images?|album)\b"
    r"|\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f4f9"
)
MEDIA_MARKER = re.compile(
    r"\[(?:photo|photos|picture|pic|pics|image|images|video|vid|gallery|album)[^\]]*\]|\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f4f9"
)
SHARING = re.compile(
    r"\b(?:here'?s|here is|here are|look at|check out|posting|posted|sharing|shared|share|uploaded|uploading|took (?:this|these|a)|got (?:this|these|some)|snapped|filmed|recorded|caught|attached|see (?:below|pics?|photos?|video|attached)|saved|screenshotted|screenshot(?:ted)?|grabbed|pinched|stole|nicked|copied|video below|pic below|photos below)\b"
    r"|\U0001f447"
)
OTHERS_IN_SHOT = re.compile(
    r"\b(?:whole class|whole year|whole school|all the (?:kids|children|class|boys|girls|pupils|mums|teachers|staff)|everyone|all of them|them all|the (?:kids|children|class|pupils|cast|team|choir|group|squad|gang|teachers|staff)|(?:her|his|their|my \w+'s) (?:class|friends|classmates|mates|team)|(?:class|classmates|friends|mates|team ?mates|cast|choir|team)\b|with (?:her|his|their) (?:friends|class|teacher)|(?:the )?teachers?|mr\s+\w+|mrs\s+\w+|miss\s+\w+|ms\s+\w+)"
    r"|\b(?:nativity|school play|assembly|sports day|concert|performance|show|panto|harvest festival|christmas play|end of year|leavers|parade|year \d|reception|nursery|disco|school trip|class trip|trip to|residential|classroom|playground|in class|at school|swimming gala|carol service|fun run)\b"
)
# Taking or sharing a picture without naming the medium ("snapped this", "here's everyone").
CAPTURED = re.compile(
    r"\b(?:took|snapped|filmed|recorded|copied|grabbed|saved|saw|posted|sharing|shared|reposting|posting|uploading|uploaded|screenshotted|snap)\s+(?:this|these|it|them|all (?:the|of))\b"
    r"|\b(?:filmed|recorded|photographed|uploading|uploaded)\b|\b(?:video|pic|pics|photo|photos|clip) below\b|\btag yourselves\b"
    r"|\bhere'?s\s+(?:everyone|all|the whole|the kids|the class|the children|year \d)\b|\b(?:a|great|lovely|nice|good) shots? of\b"
)
# A caption: the post opens by naming the picture ("Video of Willow class singing").
CAPTION = re.compile(
    r"^\W*(?:video|vid|pic|pics|photo|photos|picture|pictures|snap|snaps|clip|footage)\s+(?:of|from)\b"
)
# The poster's own child, after "my" or "our" and at most one word more ("my eldest daughter"),
# never a word that makes it the school's children ("our school kids", "our year 2 children").
_OWN_CHILD = (
    r"(?:my|our)\s+(?:(?!school|class|year)\w+\s+)?"
    r"(?:sons?|daughters?|child(?:ren)?|kids?|boys?|girls?|little (?:ones?|man|lady)|lads?|baby"
    r"|twins|eldest|youngest)\b"
)
# Says outright that the picture shows only the poster's own child, whatever else it names.
OWN_CHILD_ONLY = re.compile(
    rf"\b(?:just|only)\s+{_OWN_CHILD}"
    r"|\b(?:cropped|blurred|blurred out|faces hidden|no other (?:kids|children))\b"
)
# Presents the picture as one of the poster's own child ("my daughter at sports day"): then a
# school event is where it was taken, and only OTHERS_BESIDE_CHILD puts anyone else in it.
# "First day of Year 1 for this one!", "Proud of this little monkey", "Proud mum moment: Noah got
# his badge": a parent's words for the child in their own picture.
_THIS_ONE = (
    r"\b(?:for|of|with|meet)\s+this\s+(?:little\s+|big\s+|cheeky\s+)?"
    r"(?:one|monkey|munchkin|dude|cutie|superstar)\b"
    r"|\bproud\s+(?:mum|mummy|mam|mom|dad|daddy|parent|parents|nan|nana|nanny|grandma|grandad"
    r"|grandparents?)\s+(?:moment|alert)\b"
)
OWN_CHILD = re.compile(rf"\b{_OWN_CHILD}|{_THIS_ONE}")
# A child of one's own by first name ("our Lily"), read on the words as written: only the capital
# tells a name from a word ("our trip"). Not a title, family, the school's words or an event, and
# not a run of capitals ("Our Amazing Sports Day") or a class's name ("our Oak class").
OWN_CHILD_NAMED = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|MY|OUR)\s+"
    r"(?!(?:Mr|Mrs|Miss|Ms|Mx|Dr|Mum|Mummy|Mom|Dad|Daddy|Nan|Nana|Nanny|Gran|Grandad|Grandma"
    r"|Husband|Wife|Partner|Friend|Family|Lady|Lord|Father|God|Head|Headteacher|Teacher|School"
    r"|Class|Year|Reception|Nursery|Dojo|Tapestry|Seesaw|Team|Nativity|Christmas|Easter|Harvest"
    r"|Sports|Summer|Spring|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b)"
    r"[A-Z][a-z]+\b(?![ \t]+(?:[A-Z]|class\b|team\b|group\b|house\b))"
)
# Who else a picture of one's own child shows: a group with the child ("with her class", "and
# his friends", "all the year 2s", "the whole team", "with Mrs Ward"), never the event alone.
_BESIDE = r"(?:\bwith|\band|&|\balongside|\bbeside|\bnext to)\s+"
_GROUP = (
    r"(?:kids|children|class|classmates|friends?|mates|team ?mates|team|cast|choir|squad|group"
    r"|gang|pupils|boys|girls|year \d+s?|teachers?|staff)\b"
)
OTHERS_BESIDE_CHILD = re.compile(
    r"\bwhole (?:class|year|school|team|cast|choir|squad|group)\b"
    rf"|\ball (?:of )?(?:the|her|his|their) {_GROUP}|\b(?:all of them|them all)\b"
    r"|(?:\b(?:her|his|their)|'s) (?:friends|classmates|mates|team ?mates|team|cast|choir|squad)\b"
    rf"|{_BESIDE}(?:(?:the|her|his|their|all|some|some of|other|best|the rest of)\s+){{0,3}}{_GROUP}"
    rf"|{_BESIDE}(?:mr|mrs|miss|ms|mx|dr)\.?\s+\w+"
    r"|\bother (?:kids|children|pupils|boys|girls)\b"
)
# Words just before a person named in a post about a picture of one's own child that put them
# in the picture beside the child ("my son and Jacob"), read at the end of the text before them.
BESIDE_CHILD_BEFORE = re.compile(rf"{_BESIDE}\Z")
# ...and the words before a pupil named as the poster's own ("our lily", "my Jacob").
OWN_BEFORE = re.compile(r"\b(?:my|our)\s+\Z")
SCHOOL_APP = re.compile(
    r"\b(?:class ?dojo|dojo|tapestry|seesaw|evidence me|evidenceme|school app|school's app|parent ?mail|parentapp|weduc|school ?spider|marvellous me|newsletter|school's (?:facebook|page|website) (?:album|gallery)|class page|(?:on|from|off) the app)\b"
)
SCHOOL_APP_MEDIA = re.compile(
    r"\b(?:this|these)\s+of\s+(?:my|our|her|his|their)\b"
    r"|\b(?:photos?|pics?|pictures?|piccies|snaps?|videos?|vids?|clips?|screenshots?|screen ?shots?|screengrabs?|screen ?grabs?|images?|saved|screenshotted|grabbed|copied|downloaded)\b"
    r"|\[(?:photo|photos|picture|pic|pics|image|images|video|vid|screenshot)[^\]]*\]|\U0001f4f8|\U0001f4f7"
)
SCHOOLS_OWN_PUBLIC_POST = re.compile(
    r"\b(?:sharing|shared|share)\s+(?:the\s+)?(?:school's|schools)\s+(?:own\s+)?(?:public\s+)?(?:post|facebook post|tweet|announcement|page)\b"
)
# Thanks for pictures the school took and published ("Thanks Miss Robinson for the lovely trip
# photos on the app"): talk of them, not sharing them, unless the post carries one.
THANKS_FOR_MEDIA = re.compile(
    r"\b(?:thanks|thank you|thankyou|cheers|ty)\b[^.!?\n]{0,40}?\bfor\s+(?:all\s+)?(?:the|those|these|your)\s+"
    r"(?:\w+\s+){0,4}?(?:photos?|pics?|pictures?|videos?|snaps?)\b"
)
ASKS_FOR_MEDIA = re.compile(
    r"\b(?:does|did|has|can|could|will|would)\s+(?:anyone|anybody|somebody|someone|the school|you)\s+(?:\w+\s+){0,2}(?:have|got|take|share|send|post|upload)\b|\bno\s+(?:photos|pictures|pics|filming|videos)\b|\b(?:please|pls)\s+(?:don't|do not)\s+(?:post|share|take|upload)\b"
)
