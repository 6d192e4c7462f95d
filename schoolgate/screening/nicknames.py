"""Names people go by: each line is a group of forms of one given name."""

from __future__ import annotations

_GROUPS = """
katherine kathryn catherine kate katie kat kath kathy cathy cath kitty
robert rob bob bobby robbie bert
william will bill billy liam willie
james jim jimmy jamie
thomas tom tommy
daniel dan danny
samuel sam sammy
samantha sam sammy
alexander alex sandy xander
alexandra alex lexi sandra
benjamin ben benny
charles charlie chuck chas
charlotte charlie lottie lotte
elizabeth liz lizzie beth betty eliza libby bess lisa
margaret maggie meg peggy margo
jennifer jenny jen
nicholas nick nicky
michael mike mikey mick micky
matthew matt matty
christopher chris kit
christine chris chrissie tina
christina chris tina
david dave davey
stephen steve stevie
steven steve stevie
anthony tony ant
andrew andy drew
peter pete
joseph joe joey
joshua josh
joanne jo jo-jo
josephine jo josie
susan sue susie suzy
victoria vicky tori
rebecca becky becca
deborah debbie debs
amanda mandy
pamela pam
jessica jess jessie
eleanor ellie nell nora
ella ellie
henry harry hal hank
edward ed eddie ted ned
frederick fred freddie
gerald gerry
john jack johnny jon
oliver ollie olly
olivia liv livvy
isabel izzy bella issy
isabella izzy bella issy
isobel izzy issy
abigail abby abbie
anne annie
anna annie
natalie nat
nathan nat nate
nathaniel nat nate
zachary zac zach zack
archibald archie
alfred alfie alf
theodore theo ted teddy
evelyn evie eve
amelia millie amy
emily millie em emmy
matilda tilly tilda
rosemary rosie rose
sophia sophie
sophie soph
gabriel gabe
maximilian max
maxwell max
leonard leo len lenny
richard rich richie rick ricky dick
gregory greg
philip phil pip
phillip phil
raymond ray
ronald ron ronnie
donald don donny
douglas doug
francis frank frankie
frances fran frankie
geoffrey geoff jeff
gillian gill jill
sarah sally sadie
kimberley kim
stephanie steph
natasha tash tasha
nicola nikki nicky
jacqueline jackie jacqui
patricia trish pat patty
patrick pat paddy
timothy tim timmy
kenneth ken kenny
lawrence larry laurie
harriet hattie
florence flo florrie
dorothy dot dotty
helen nell
jonathan jon jonny
elliot eli
elijah eli
frederica freddie
georgina georgie gina
george georgie
louise lou lulu
louis lou
lucy lu
madeleine maddie
madison maddie
mohammed mo
muhammad mo
""".strip()


def _build() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for line in _GROUPS.splitlines():
        names = line.split()
        for name in names:
            forms.setdefault(name, set()).update(n for n in names if n != name)
    return {name: frozenset(others) for name, others in forms.items()}


NICKNAMES: dict[str, frozenset[str]] = _build()


def other_forms(name: str) -> frozenset[str]:
    """Other forms of a given name ("kate" -> katie, kathryn, ...), lower case."""
    return NICKNAMES.get(name.lower(), frozenset())
