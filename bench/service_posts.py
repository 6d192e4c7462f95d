"""Posts to companies' customer-service accounts, complaint or not: a stand-in, written by the
Schoolgate team, for the complaints-to-companies set (Preoţiuc-Pietro et al. 2019), which is not
in the data the project may read. The rules' service cues were written before these posts, and
the posts were screened once, to measure; none was changed after. Companies and people are
invented. Run: .venv/bin/python bench/service_posts.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

COMPLAINTS = (
    "@LarkMobile three days without signal in the town centre and your status page says all fine",
    "@TidyTrains the 07:45 was 40 minutes late again, I've missed the start of my shift twice",
    "@HarbourBank why has my card been blocked for the third time this month?",
    "@PennyPost signed for a parcel I never received. Who signed for it?",
    "@OakFurniture the sofa arrived with a ripped cushion and nobody will collect it",
    "@BluePeakGas you took my payment twice and the helpline closes at 4, brilliant",
    "@SnackShack my order turned up an hour late and stone cold",
    "@CloudStream the app logs me out every five minutes since the update",
    "@RiverWater brown water from the taps again this morning, what is going on?",
    "@AirLoom flight delayed six hours and not even a voucher for a drink",
    "@FixItHomes the plumber didn't show up, that's the second day off work wasted",
    "@GreenGrocerUK half the bananas in my delivery were black. Not paying for those",
    "@MetroCabs driver cancelled on me at 2am and I was stuck in the rain",
    "@BrightBroadband paying for 100Mb and getting 3. Great value",
    "@CityCouncil the bins haven't been collected for three weeks on Elm Street",
    "@SparkElectric been transferred four times and still nobody can tell me why my bill doubled",
    "@QuillBooks ordered a hardback, received a paperback with a bent cover",
    "@NovaFitness you keep charging me after I cancelled my membership in March",
    "@PortHospital waited 7 hours in A&E with my dad and not one update",
    "@SwiftCouriers left my parcel in the rain on the doorstep, everything inside is soaked",
    "@TalkTalkative my router has died again, that's the third one this year",
    "@SunnyHolidays the hotel looked nothing like the pictures and the pool was closed all week",
    "@BeanBarista you got my order wrong three days running, oat milk is not that hard",
    "@ClearInsurance my claim has been 'in progress' since June. Enough",
    "@ValleyBuses the 16 just didn't turn up at all this morning, no notice, nothing",
)
NOT_COMPLAINTS = (
    "@LarkMobile does the new plan include calls to Ireland?",
    "@TidyTrains thanks to the guard on the 17:10 who helped my mum with her case",
    "@HarbourBank how do I set up a standing order in the app?",
    "@PennyPost what's the last posting date for Christmas to Spain?",
    "@OakFurniture love our new table, the delivery team were brilliant",
    "@BluePeakGas can I send a meter reading by text?",
    "@SnackShack are you open on bank holiday Monday?",
    "@CloudStream any chance of more nature documentaries? Loved the last series",
    "@RiverWater thanks for the heads up about the works on Mill Lane",
    "@AirLoom can I take a folding pushchair to the gate?",
    "@FixItHomes great job on the kitchen tap, quick and tidy",
    "@GreenGrocerUK do you deliver to villages outside Redscope?",
    "@MetroCabs how do I add a second payment card?",
    "@BrightBroadband engineer was here by 9 and everything's working, cheers",
    "@CityCouncil when does the garden waste collection start again?",
    "@SparkElectric is there a discount for paying annually?",
    "@QuillBooks is the new crime novel out in paperback yet?",
    "@NovaFitness what time does the pool open on Saturdays?",
    "@PortHospital where do visitors park for the children's ward?",
    "@SwiftCouriers can I change my delivery to a pickup point?",
    "@TalkTalkative just switched over, setup took ten minutes. Impressed",
    "@SunnyHolidays booked for August, can't wait!",
    "@BeanBarista the new pumpkin latte is lovely",
    "@ClearInsurance do you cover a caravan on the home policy?",
    "@ValleyBuses is the 16 running to the hospital on Sundays?",
)


def run(screener: Any) -> dict[str, Any]:
    """Screen the posts with the whole engine; return recall, precision and F1 of `complaint`."""
    from schoolgate.screening import Post

    posts = list(COMPLAINTS) + list(NOT_COMPLAINTS)
    found = ["complaint" in a.labels for a in screener.screen_many([Post(text) for text in posts])]
    caught = sum(found[: len(COMPLAINTS)])
    invented = sum(found[len(COMPLAINTS) :])
    precision = caught / (caught + invented) if caught + invented else 0.0
    recall = caught / len(COMPLAINTS)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "posts": len(posts),
        "complaints": len(COMPLAINTS),
        "complaints_caught": caught,
        "non_complaints_flagged": invented,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "missed": [t for t, hit in zip(COMPLAINTS, found, strict=False) if not hit],
        "invented": [
            t for t, hit in zip(NOT_COMPLAINTS, found[len(COMPLAINTS) :], strict=True) if hit
        ],
    }


def main() -> int:
    from schoolgate.screening import Roster, Screener

    roster = REPO / "schoolgate" / "screening" / "training" / "examples" / "demo_roster.csv"
    result = run(Screener(roster=Roster.from_csv(roster)))
    print(
        f"Posts to services ({result['posts']}, our own): complaint F1 {result['f1']:.2f} "
        f"(caught {result['complaints_caught']} of {result['complaints']}, "
        f"{result['non_complaints_flagged']} invented)"
    )
    for text in result["missed"]:
        print(f"  missed: {text}")
    for text in result["invented"]:
        print(f"  invented: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
