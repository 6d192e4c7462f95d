"""Complaints about the school, written as parents write them: the other side of the everyday
sets (bench/everyday_posts.py). A rule that clears grumbles about no one at the school must not
clear these. Each set was written by a helper who read nothing of the project, beside an
everyday set of the same name:

- `WRITTEN_BLIND_2`: screened with the shipped engine before reading rule 14 was written; its
  misses were seen while the rule's words were chosen.
- `WRITTEN_BLIND_3`: screened once before and once after rule 14 (28 and 26 of 40 caught); the
  two it lost were plural forms the rule's words lacked ("lunchtimes", "newsletters"), added then.
- `WRITTEN_BLIND_4`: screened with the engine before rule 14 and after its second form (26 and
  26 of 40 caught).
- `WRITTEN_BLIND_5`: screened once after rule 14's third form, with the engine before and after
  it (19 and 19 of 40 caught); nothing was changed for its posts.
- `WRITTEN_BLIND_6`: screened once after the review that narrowed rule 14, with the engine
  before and after the rule (26 and 24 of 40 caught); nothing was changed after.
- `WRITTEN_BLIND_7`, `WRITTEN_BLIND_8`: written while experiments 17 and 18 trained, and screened
  with the engine before the rules' last change (a wish to a named group; violence needs
  something to harm), after its first form and after a review narrowed it (29 and 32 of 40
  caught each time); nothing was changed for their posts.
- `WRITTEN_BLIND_9`, `WRITTEN_BLIND_10`: written while experiment 19 trained, and screened first
  with the engine of that day (the models of 204c69d: 30 and 31 of 40 caught), then, with sets
  7 and 8, with experiment 19's models (not kept); nothing was changed for their posts.
- Sets 7 to 10 were then screened with the rules' readings their everyday sets shaped (a
  complaint word said of the poster's own household, among others): 29, 32, 30 and 31 caught,
  as before.
- `WRITTEN_BLIND_11`, `WRITTEN_BLIND_12`: written while those readings were written, and
  screened once they were done, with the engine before and after them (33 and 32 of 40 caught
  each time); nothing was changed for their posts.

Staff and places are invented. Run: .venv/bin/python bench/school_complaints.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

WRITTEN_BLIND_2 = (
    "Is it just me or does nobody at the office ever answer the phone?",
    "Three pieces of homework over one weekend for a Year 2 is ridiculous. When are they meant to just be kids?",
    "School dinners were cold again today according to my son. For £2.60 a day I'd expect better.",
    "Found out about the trip on the day it happened. Communication from this school is shocking.",
    "Why do we need the £18 logo jumper when a plain one from the supermarket does exactly the same job?",
    "Not being funny but £35 for a trip to a farm 20 minutes away seems steep.",
    "We've been waiting since September for an SEN review. Nobody at school seems to know who's dealing with it.",
    "Mrs Whitcombe's handling of the playground incident was really disappointing, she didn't even call me.",
    "The head's decision to scrap the Christmas play is baffling. The kids were so looking forward to it.",
    "New car park rules mean I can't drop off at all now. Thanks for thinking about working parents 🙄",
    "After-school club has put its prices up AGAIN and cut the hours. How is that fair?",
    "His report reads like it was copied and pasted. Wrong name in one paragraph too.",
    "A detention for forgetting a reading book at age 8? Bit much, surely.",
    "Sorry but the new pick-up system at school is chaos. Who signed that off?",
    "Is anyone else fed up with school letters coming out at 9pm the night before saying bring X tomorrow?",
    "Great, another INSET day on a Monday, announced with a week's notice. Because childcare grows on trees.",
    "Asked Mr Fairbairn three times about the reading scheme and still no answer. Starting to feel ignored.",
    "I appreciate staff are busy but an email reply from school within a fortnight isn't too much to ask, is it?",
    "Lunchtimes at school are too short, my daughter says she regularly can't finish her food before they're sent out.",
    "The office told me one thing, the class teacher told me another. Does anyone actually talk to each other in there?",
    "Why is the school app so useless? Half the messages don't come through.",
    "Loving how the 'optional' homework project now apparently counts towards house points. Very optional 🙃",
    "Feel like the school only cares about SATs results. Art and music have basically disappeared this year.",
    "Mrs Lowther moved my son's seat without telling us first. A quick message would have been nice.",
    "Our child has an EHCP and the support in it simply isn't happening at school. We've raised it twice.",
    "The uniform rule about black shoes only, no trainers at all, not even black ones, is a bit over the top.",
    "Not sure why the head thinks a 3.15 finish on a Friday is helpful to anyone.",
    "The residential trip deposit is non-refundable but school still haven't confirmed dates?? Come on.",
    "Is it me or has the quality of the school meals gone right downhill since the new caterer came in?",
    "Parents' evening slots all gone within an hour and no alternative offered. Really poor from the school.",
    "Year 4 have had supply teachers for most of this half term and nobody's explained why. We deserve an update.",
    "Hate to moan but the breakfast club staff told my son off for being 2 minutes late when I was stood right there. Bit unnecessary.",
    "Why do we only find out the sports day date a week before? Some of us have to book leave.",
    "I know budgets are tight but no swimming lessons for Year 5 at all this year is disappointing.",
    "Miss Carrick sets so much more homework than the other Year 6 class. Not consistent at all.",
    "Bit frustrated that the school's behaviour policy seems to be applied differently depending on the day.",
    "The reading books coming home are far too easy for her. I've mentioned it to the teacher and nothing's changed.",
    "Our complaint to the governors got a two line reply. Feels like they just want us to go away.",
    "Nice of the school to ban treats in packed lunches while the tuck shop sells flapjacks 🤔",
    "Does after-school club not check the kids have their coats on? Mine came out soaked in the pouring rain and nobody had noticed.",
)

WRITTEN_BLIND_3 = (
    "Yet another letter about uniform. £18 for a logo jumper when the supermarket sells plain ones for £4. Why does the school insist on this?",
    "Third teacher Year 4 has had since September. How are the kids meant to settle with this level of staff turnover?",
    "Does anyone actually know what's happening with the trip? The school told us nothing until the day before.",
    "The school app has crashed every single morning this week. Really great system they've chosen there.",
    "Not impressed with how Mrs Pemberton handled the reading band changes, no explanation to parents whatsoever.",
    "Parents parking on the zigzags again this morning. It's not hard to walk 200 metres, people.",
    "Some of you need to stop blocking residents' drives at pick up. It makes the whole school look bad.",
    "Honestly the SEN support at this school is a joke. We've been waiting since October for a meeting with the SENCo.",
    "Our son has an EHCP and still doesn't get the support hours he's entitled to. The school keeps fobbing us off.",
    "School dinners were cold again today according to my daughter. For what we pay that's not acceptable.",
    "Homework in Year 1? Really? Let them be kids.",
    "The new behaviour policy is far too harsh. Losing golden time for forgetting a reading book is ridiculous.",
    "Thirty-two in a class is too many. No wonder the teachers can't give anyone proper attention.",
    "Love finding out about things from other parents rather than the school. The communication here is shocking.",
    "Another non-uniform day, another £2. Another cake sale, another raffle. The fundraising pressure is getting silly.",
    "The school website still has last year's term dates on it. In March.",
    "Mr Harrowgate's reply to my email was so dismissive. I asked a simple question and got a lecture.",
    "Why are the after-school clubs always full within five minutes of opening? Working parents can't get a look in.",
    "Clubs are £7 a session now. Who exactly can afford that for two kids?",
    "The governors clearly don't listen. We raised the playground issue at the meeting and nothing has changed.",
    "So the zoo trip costs £32 and we got a week's notice. Brilliant planning as always.",
    "I'm sorry but the way the head handled the Christmas play casting was unfair. Same kids get the main parts every year.",
    "Is it just me or have the newsletters gone downhill? Half of this week's was typos.",
    "Shout out to whoever was revving their engine on the zigzags at 3.15 while little ones were crossing. Really classy.",
    "Polite request to the school: could we please have more than 48 hours' notice for dress-up days? Some of us work.",
    "Absolutely fuming. Parents' evening slots were released at 11pm and all gone by breakfast. Who decided that?",
    "Mrs Linthwaite seems to have given up on the Year 5 class page. Nothing posted since Christmas.",
    "Every week there's a new app, a new login, a new form. Just pick one system and stick with it, please.",
    "The school's response to our concerns about unkindness in the playground has been weak. Lovely words in the policy, nothing in practice.",
    "Apparently the library is closed again due to staffing. That's the third time this term.",
    "Lunchtimes are so rushed my son comes home starving. Fifteen minutes isn't enough time to eat.",
    "Can the office explain why we were charged the residential deposit twice and nobody answers the phone?",
    "Long rant incoming. We moved here for this school's reputation and honestly it's been a let down. The reading scheme is outdated, the maths homework makes no sense, the office never picks up, and when you finally get through you're told to email. I email, no reply. I'm not asking for miracles, just basic communication.",
    "Ah yes, another wellbeing week where they get twice as much homework. Makes total sense.",
    "Some parents seem to think the staff car park is their personal drop-off zone. It isn't.",
    "The new head has changed everything in one term without asking a single parent. Not how you build trust.",
    "Does Miss Vance ever actually look at the reading records? Ours hasn't been signed since September.",
    "Why does the school keep closing early for training with barely any notice? Childcare doesn't grow on trees.",
    "Sports day was a shambles. No seating, no shade, no water and it started an hour late.",
    "Quietly disappointed that the school has cut forest school. It was the one thing my son really loved.",
)

WRITTEN_BLIND_4 = (
    "Third week in a row Alfie's reading book hasn't been changed. What's the point of a reading record if nobody looks at it?",
    "So chess club's cancelled AGAIN with a day's notice. Some of us arrange our whole working week around these things.",
    "Does anyone else think the new one-way system at drop-off is making things worse? Took me 15 minutes to get out this morning.",
    "£38 for a trip to a farm 12 miles away. Genuinely, how? Not everyone has that lying around in January.",
    "Just seen the school photo prices. £22 for one print. Nice photographer, ridiculous deal from the school.",
    "Breakfast club queue was out of the gate again this morning. If you're going to offer it, staff it properly.",
    "Can someone explain what the phonics homework actually wants? Because neither me nor my degree could work it out.",
    "Poll: who actually wanted the school day finishing at 3.30 instead of 3.15? Because nobody I've spoken to asked for it.",
    "Loved being told off in the head's newsletter like we're the children. Maybe a bit less disappointed and a bit more thank you, Mrs Whitfield?",
    "Yet another supply teacher in Year 4. That's the fourth this half term. How are they meant to learn anything?",
    "Why does every message come through the app at 9pm the night before? Please send in a decorated egg tomorrow. Cheers.",
    "Lost property is a black hole. Name in every item and we've still lost 3 jumpers since September. Does anyone ever actually look?",
    "Only one member of staff on the whole playground at lunch? No wonder my son keeps coming home with scraped knees and nobody knows how.",
    "To the parents who park on the zigzags every single morning: the rest of us can see you. So can the children.",
    "Polite request to whoever keeps doing a three-point turn across the school gates at 8.45, please don't. It's terrifying.",
    "Governors' minutes say there was parental consultation on the new uniform. Was there? When? Was I asleep?",
    "Mr Dunmore never replies to emails. Sent three now about my daughter's maths group. Nothing.",
    "Oh wonderful, another optional non-uniform day that's apparently compulsory and costs £2 🙄",
    "Does anyone else feel the Christmas play was organised for the staff's convenience, not the parents? Standing room only and couldn't see a thing from the back.",
    "I'm sure there's a good reason Year 2 homework has gone from one sheet to four, but I'd love to hear it.",
    "Rhetorical question: why would you cancel swimming for the whole of Year 3 and tell us by text on a Sunday night?",
    "Honestly the school dinners have gone downhill lately. Tiny portions and she's coming home starving.",
    "Weary of chasing the office about the after-school club invoice. Billed twice, third email, still not sorted.",
    "Can we talk about the parents who stand chatting in the middle of the gate so no one can get past? Every. Single. Day.",
    "The SENCO, Mrs Faraday, hasn't reviewed my son's support plan since last spring. Is that normal? Genuine question.",
    "Nice that the school can find money for a shiny new sign out front but not for a second TA in Reception.",
    "Just a thought, but maybe the head could stand at the gate occasionally instead of only appearing when Ofsted are due.",
    "Booked my parents' evening slot, turned up on time, waited 35 minutes. The appointment system clearly isn't working.",
    "Is it just me or is the new behaviour chart completely over the top for 5 year olds? My daughter's anxious about going in now.",
    "Another term, another change to pick-up times. Some of us have jobs that don't bend around whatever gets decided in the staffroom.",
    "Thanks so much to the school for putting sports day on the one morning I told them weeks ago I couldn't make. Brilliant.",
    "Class teachers now only send one update a half term? Bit rubbish compared to last year, isn't it?",
    "Does anyone else think the PTA committee is a bit of a closed shop? Suggested something at the meeting and got looked at like I'd sworn.",
    "Why do the Year 1 reading books still not match the phonics stage? He's bringing home words he's never been taught.",
    "Genuinely fed up with the car park. Some parents reverse out like they're at Brands Hatch with tiny kids everywhere.",
    "Miss Crowther took golden time off the whole class because of two children. Collective punishment for 6 year olds, really?",
    "Is there a reason drama club was cut but the staffroom got a new coffee machine?",
    "Ten minutes in the rain waiting because the gates won't open a second before 8.50. Not great, is it.",
    "With respect, the letter about head lice was patronising. We all know how to use a nit comb, thanks.",
    "Hands up if you've also had no reply about the Year 6 residential deposit. £150 paid and not a peep from the office.",
)

WRITTEN_BLIND_5 = (
    "Gate wasn't opened till 8:47 again this morning. Some of us have jobs to get to. Is 8:40 really too much to ask?",
    "Third day of wet play in a row when it was barely drizzling. They're children, not sugar lumps. Mine came home bouncing off the walls.",
    "So nativity tickets went live at 9pm on a Sunday, two per family, gone in eleven minutes. Grandparents who've come every single year now can't see it. Whoever designed this system clearly doesn't have a family.",
    "£18.50 for ONE print of my own child. £18.50. I'll take one on my phone thanks.",
    "Reading book hasn't been changed in three weeks. He can recite Biff and Chip in his sleep at this point.",
    "Has anyone actually managed to find the term dates on the new school website? Asking for literally everyone",
    "Email from school at 10:43pm saying they need a costume TOMORROW. Cheers for that.",
    "Mr Whitfield has been head for one term and has already scrapped the Christmas fair, the Friday celebration assembly and the bake sale. Who asked for any of this?",
    "Dear Governors, I am writing to express my disappointment at the decision to close the climbing frame for the rest of the year without consulting parents or giving any timeline for repair. Sharing here as I have had no reply in four weeks.",
    "The school minibus broke down AGAIN on the way to the swimming gala. At what point do we admit it needs replacing rather than patching up with another raffle?",
    "Ellie says they had coats on in class all afternoon because the heating's off. In November. Not good enough.",
    "Breakfast club has gone up to £6.50 a day and now doesn't open till 8. So... not really breakfast club then?",
    "Quick poll: how many of you have had an actual reply from the SENCo this term? 👍 yes 👎 no. We've been waiting since September for a review meeting.",
    "Another new homework app. That's three in two years. I now have 14 passwords for one primary school.",
    "Year 2 has had four different teachers since September. My son doesn't even know who to ask for the loo anymore. Stability, anyone?",
    "Another non-uniform day, another £2, another cake sale, another raffle. I like the school but we're being asked for money every single week.",
    "To the parents who park on the zigzags every morning: the lines are not a suggestion.",
    "Pick-up in the car park is an absolute free-for-all. People reversing out without even looking round while kids are walking past. Slow down, people.",
    "Lovely of Mrs Carrington to let us know about the class trip with 48 hours' notice. Really appreciated 🙂",
    "Is it just me or does the school communicate through ParentMail, Class Dojo, Seesaw, Facebook AND paper letters, none of which say the same thing?",
    "I've held off posting this but I'm done. Since the new behaviour policy came in, my daughter, who has never once been in trouble, has lost golden time three times for talking in the line. Nobody can tell me what the rules actually are. I asked to meet Miss Daventry and was told the next slot is after half term. Rant over.",
    "Not being funny but why is the PE kit changing to a new logo AGAIN when we only bought the last lot in September?",
    "School dinner portions are tiny. He's starving every single day when I pick him up.",
    "Anyone else notice the Reception toilets still haven't been fixed since Easter? Kids are having to traipse over to the KS2 ones.",
    "Parents' evening: five minutes. FIVE. By the time I'd sat down the bell went. What is the point.",
    "I would like to formally record that cancelling the Year 6 residential without refunding the deposit is unacceptable, and I expect a written explanation from the school.",
    "The playground equipment has been taped off for eight months. Eight. Months.",
    "Sports day cancelled for 'heat' when it was 21 degrees. Right.",
    "Mrs Okonjo is setting 20 spellings a week in Year 1. Is that normal or is it just us? Feels like a lot for five year olds.",
    "Some parents need to learn that the pavement outside school isn't a place to stand four deep with buggies and scooters having a natter while everyone else has to step into the road.",
    "I see 'wellbeing week' came with three extra pieces of homework. Very well-being.",
    "Asked for my son's SEN support plan to be reviewed in January. It's now June. Still nothing. Exhausted.",
    "Why is the school fundraising for iPads when the library hasn't had new books in years?",
    "Head's newsletter: four pages about uniform, not one line about Year 5 being on supply cover for six weeks.",
    "Clubs list came out and every one is either full or £8 a session. Not exactly inclusive is it.",
    "Parents who let their kids run riot in the playground before the bell — it's not soft play, please actually watch them.",
    "Did anyone else's child get told off for bringing a Babybel because it's 'not healthy'? Genuinely baffled by these lunchbox rules.",
    "Mr Haddington has cancelled the football team again. That's the third match they've missed this term and the boys are gutted.",
    "Honest question: does anyone know what the governors actually do? Decisions keep appearing out of nowhere and nobody seems accountable for any of them.",
    "School photos arrived. Eyes shut, collar inside out, and they want £32 for the pack. No retakes. Brilliant.",
)

WRITTEN_BLIND_6 = (
    "Three weeks and still no reply about the meeting. Brilliant.",
    "Is anyone else fed up with the uniform shop prices? £18 for a jumper with a logo on it is a joke.",
    "£45 for a trip to a farm we can drive to in 20 minutes. Who is signing these off?",
    "Homework at the weekend for 6 year olds. Genuinely, why?",
    "Emailed Mrs Farrow twice about Ben's reading level. Nothing. Not even an acknowledgement.",
    "Poll: who else found out about the trip from their child the night before rather than from a letter? 🙋\u200d♀️",
    "The parking at drop-off is a disgrace. Parents mounting the pavement, blocking driveways, stopping on the zigzags. Every single morning.",
    "So the head has cancelled sports day because of 'logistics'. Right. Ok.",
    "Dear Governors, I write to express my disappointment at the decision to close the breakfast club with one week's notice. Working families have been left with no options.",
    "My son came home starving again. Tiny portions, and half the time the hot option has run out by the time Year 6 go in.",
    "Apparently nobody noticed my daughter crying on her own for the whole of lunch play. Where were the staff?",
    "SEN support at this place is non-existent. We've been waiting since September for the EHCP review meeting.",
    "Love how they announce non-uniform day at 8pm the night before. Super helpful, thanks.",
    "Another supply teacher. That's the fourth this term. How are the kids supposed to settle?",
    "The reports this year were copy and paste. Literally the same sentence as my friend's kid, just with the name changed.",
    "Why is the club list always full before the email even lands? Some of us work.",
    "Mr Kendrick's new behaviour chart is humiliating the little ones. Publicly moving names onto a sad face is not OK.",
    "Half the parents at the gate seem to think it's fine to smoke right next to the kids. Take it elsewhere please.",
    "Could whoever keeps bringing their enormous dog into the playground at pick-up please stop. Not everyone's kids like dogs.",
    "Nothing on the app, nothing in the book bag, nothing on the website. Are we meant to guess?",
    "Once again Year 4 get no swimming because the pool booking 'fell through'. Funny how it never falls through for Year 6.",
    "Anyone else think it's unfair that the head picks the same handful of children for every single performance?",
    "Asked for a phased return after his operation. Told it 'wasn't possible'. Fantastic support as always 👏",
    "20 spellings a week for Year 2. Nobody in this house is enjoying Thursday nights.",
    "Mrs Whitlock moved my daughter's seat away from her only friend with no explanation. When I asked, I got 'it's a class decision'.",
    "Is it just me or is the communication getting worse every year? Three different apps and still no idea what's happening.",
    "The new uniform policy means buying everything again because the polo changed colour. A different shade of blue. Seriously.",
    "£5 'voluntary' contributions every other week. Doesn't feel very voluntary when your kid's the only one who didn't bring it.",
    "Still waiting on the complaint I sent in October. It's now February. Shall I just assume it's been binned?",
    "To the dads who stand in a huddle blocking the gate every morning, could you maybe move two feet to the left.",
    "Mrs Harrington, the deputy head, told me in front of other parents that my son 'needs to learn some manners'. That should have been a private conversation.",
    "Another INSET day tacked onto half term. Childcare doesn't grow on trees.",
    "Our lad's been left out of football club three terms running because it's 'first come first served'. Bit convenient.",
    "Lovely that they found money for a shiny new sign out front but not for a single extra TA.",
    "Why are we being charged for the Christmas party when we already paid for the panto?",
    "Lunchtime is chaos. One dinner lady for 90 kids on the field. Accident waiting to happen.",
    "Asked for a homework app login in September. It's March. Still no login. Great system.",
    "The governors' response to our letter was three lines long and didn't answer a single question. Thanks for nothing.",
    "Some parents need to learn the class WhatsApp isn't the place to slag off other people's kids. Grow up.",
    "Quick poll 📊 Happy with how the new head is running things? A) Yes B) No C) I've given up asking",
)

# Each set: its key in the results, its posts.
WRITTEN_BLIND_7 = (
    "Absolutely fuming. Third time this term school has sent the trip letter out the DAY before payment is due. Do they think we print money?? 😡",
    "Is it just me or is Mrs Harrington's homework completely over the top for Year 2? Two hours a night for a 6 year old is ridiculous",
    "Who's with me on signing a petition about the new uniform rules? £22 for a logo jumper is daylight robbery",
    "Not being funny but the school office never answers the phone. Rang 6 times today. What is the point of them",
    "Kids came home starving again. The school dinners are tiny portions of beige mush and we pay £2.60 a day for it",
    "So the head has decided to cancel the Christmas party 'for learning time'. Well done Mr Barker, really winning hearts there 🙄",
    "I've reported the bullying in Year 5 three times now and absolutely nothing has been done. Is anyone else having the same experience with this school?",
    "Polite question to other parents: has anyone actually had a reply from the SENCO this year? We've been waiting since September for a meeting",
    "Sorry but the communication from this school is shocking. Found out about the inset day from another mum at the gate. Again.",
    "Rhetorical question: why does the school need a new sign out front when they can't afford enough TAs? Priorities, eh",
    "Gutted for my son, Mr Fielding left him out of the football team again with no explanation. Favouritism is alive and well at our school",
    "£45 for a Year 3 trip to a farm 20 minutes away?! Someone at that school needs to have a word with themselves",
    "Does anyone else think Miss Duffy is way too strict with the little ones? My daughter's scared to go in now",
    "The SEN support at this school is a joke. My son has an EHCP and still gets sent out to sit in the corridor because there's 'no one available'",
    "Genuinely don't understand how the head thinks a 3:15 pickup with a 3:20 club drop off is workable for working parents. Utterly clueless",
    "Maybe I'm wrong but isn't it a bit much that they've banned birthday cakes AND sweets AND party bags? Bit of a fun sponge school now",
    "Just had the most patronising email from the office about late arrivals. Perhaps fix the gate that's locked at 8:45 first?",
    "Can someone explain why our school insists on the £12 branded PE bag when a £3 one from Asda does exactly the same job? 🤔",
    "Fed up with the playground supervision at lunch. Kids coming home with bumps and bruises and nobody saw anything apparently",
    "Let's all email the governors about the new behaviour policy, it's harsh and nobody asked parents. Who's in? ✊",
    "Reception teacher hasn't changed the reading books in three weeks. Mrs Lowe, we can see the book bag, it's the same Biff and Chip",
    "I'm sure the school means well but the new pickup system is chaos. Whoever designed it has clearly never stood in that rain",
    "Hmm, school suddenly 'has no budget' for the Year 6 residential but found money for iPads in the staff room. Make it make sense",
    "Word of warning to new parents: don't expect the school to sort out any friendship issues, they'll just tell you 'kids will be kids'",
    "The head's newsletter this week was full of spelling mistakes. Not a great look for a school that gives my kid spelling tests every Friday",
    "Honestly the worst parents evening ever. Five minutes with Mr Grant and he clearly had no idea which child was mine",
    "Why is the only hot option on the menu always pizza or fish fingers?? My son has come home hungry every day this week. Sort it out school",
    "Wow, another 'dress up as your favourite book character' day with two days' notice. Thanks for the stress as usual school 😒",
    "I hate to say it but the after-school club has gone right downhill since they changed provider. Kids just sat in front of a film for 2 hours",
    "Thinking of moving my daughter. The school's handling of her dyslexia has been so poor, they just keep saying 'we're monitoring it'",
    "PSA to other parents: Mrs Kendrick has confiscated my son's water bottle AGAIN for 'fidgeting'. How is he supposed to drink? Ridiculous rule",
    "Can't believe the school changed the sports day date with 48 hours notice. Some of us have booked leave months ago!! Absolute shambles",
    "Is anyone else sick of the constant requests for money? Non uniform, cake sale, raffle, book fair, all in one fortnight. Enough already",
    "With respect, the new head has made every single decision without consulting parents. It's not a dictatorship, Mrs Pembridge",
    "Wasn't going to post this but the way the school dealt with the nits outbreak was shocking, no letter home, nothing",
    "Anyone else's child had a detention for forgetting a reading record? In Year 1? This school has lost the plot",
    "Complaint to the school went nowhere so I'm saying it here: the toilets in the KS1 block are disgusting and have been for months",
    "Shoutout to the school for giving out 30 pages of homework over half term. Really family friendly, thanks 👏👏",
    "Does the school ever actually read the parent survey? We all said the same thing last year and nothing has changed",
    "Sorry to vent but the class teacher moved my son's seat away from his only friend without even telling us. Not impressed at all with Year 4 staff",
)

WRITTEN_BLIND_8 = (
    "Absolutely fuming. Third time this term the school's 'forgotten' to tell us about a trip until the day before. Sort your communication out!!",
    "Is it just me or is Mr Thornton's homework ridiculous? 3 hours a week for a Year 3 child is not normal",
    "Why does the head think it's acceptable to ban birthday cake but charge £5 for a 'wellbeing day'? Make it make sense",
    "The school office never answers the phone. Tried 6 times today. What's the point in having one?",
    "Not being funny but the school dinners are a disgrace. My son came home starving again, tiny portions and cold chips",
    "The SENCO has cancelled my daughter's review meeting for the fourth time. The SEN support at this school is a joke",
    "I'm really sorry to moan publicly but I've emailed three times and heard nothing. Mrs Clarke's class seems to have no consistent routine and the kids are suffering for it",
    "Love how the uniform now has to be bought from one supplier at £18 a jumper. Cheers for that, not like there's a cost of living crisis 🙄",
    "Anyone else think the new behaviour policy is way too harsh? Losing golden time for forgetting a water bottle?? Ridiculous",
    "Bullying raised with the school in October, nothing done, same kid still making my son's life miserable. School clearly don't care",
    "Governors, if you're reading this: the parent survey results were a disaster and you've done nothing with them",
    "£240 for the Year 6 residential and we got 4 weeks notice. Some of us don't have that lying around",
    "Clubs cancelled AGAIN with no notice. I had to leave work early. Again. This school has no idea",
    "Maybe I'm wrong but does anyone else feel Miss Reynolds is a bit out of her depth with Year 5? Kids seem to be learning nothing",
    "Rhetorical question: why is there an INSET day the day before half term every single year? Who is this for?",
    "Who else is sick of the school app? Letters sent at 9pm for things happening at 8.45am the next morning",
    "Starting a petition to bring back the after-school art club the head scrapped without asking a single parent. Comment below if you'll sign ✍️",
    "The head's newsletter says 'we value parent voice'. Funny, because nobody listened when we all objected to the new pick up times",
    "Spelling tests with words my 6 year old can't even say. Whoever's setting these needs a reality check",
    "Honestly the worst thing about this school is how they handle complaints. You get a template email and that's it",
    "Mr Baker shouted at the whole class because of one child. My daughter was in tears. Not how you teach 7 year olds",
    "Is anyone else fed up with non-uniform days costing £2 every other week? It adds up when you've got three kids",
    "The EHCP process here has been an absolute shambles from start to finish, the school has dragged its feet at every step",
    "Quietly disappointed that the school only gave one ticket per family for the nativity. Grandparents missed out",
    "Oh great, another 'optional' trip that's clearly not optional unless you want your kid to be the only one left behind 🙃",
    "Year 2 have had 4 different supply teachers since September. Would be nice if someone from SLT explained what's going on",
    "Can't believe they've cut afternoon play to 10 minutes. Kids need to run about! Whoever made this decision has never met a 5 year old",
    "Not to start drama but the reading books my son brings home are years below his level and his teacher won't change them",
    "School photos: £22 for one print. Absolute rip off and the school takes a cut. Shame on them",
    "The new head has changed everything that worked and nothing that didn't. Worst decision the governors ever made",
    "So the school can find money for a new sign out front but not for a TA in reception? Priorities 👏 sorted 👏",
    "Mrs Osei in the office was incredibly rude to me this morning when I asked a simple question about dinner money. Not acceptable",
    "Anyone else's child been given a detention with no explanation sent home? Communication at this school is non-existent",
    "Breakfast club fees going up 40% from September. Thanks for the massive notice, school",
    "Not sure who decided kids with allergies should sit on a separate table at lunch but it's made my son feel like an outcast",
    "Politely, I think the school's approach to homework is outdated and I know lots of you agree. Worksheets every night for reception?!",
    "Third lost jumper this term and the school refuses to do anything about the lost property mess. Labels don't help if nobody checks them",
    "The head claims there's 'no bullying problem' here. Ask literally any parent in Year 4 and they'll tell you otherwise",
    "Sports day was a shambles. No seating, no shade, no water, and we were told about the change of time at 8am",
    "Really think the school needs to rethink parents evening. 5 minutes with the teacher after a 40 minute queue is pointless",
)

WRITTEN_BLIND_9 = (
    "Great to find out about the trip from my 6 year old, thanks school 🙄",
    "Not wanting to cause trouble but has anyone else noticed the school dinners have got really small lately? Ava comes home starving",
    "Why do we get told about non uniform day the night before EVERY time? Some of us work.",
    "Mrs Thornton set homework that took us 2 hours last night. For Year 2. Ridiculous.",
    "Three weeks I've been waiting for the office to reply about my son's EHCP. Three weeks. Is anyone actually reading the emails?",
    "Everyone please email the governors about the new uniform policy, £18 for a branded jumper is a joke when Asda do them for £3",
    "Is it just me or is communication from this school getting worse? Letters in bags, emails, the app, texts, and still nobody knows what's going on",
    "The after school club charged me a late fee for being 2 minutes late. Two minutes. While their own staff were still chatting at the gate.",
    "Honestly the way the school has handled the bullying Leah's been dealing with is shocking. Spoke to them 4 times and nothing has changed.",
    "SEN support at this school is basically non existent. My daughter has been waiting since September for the assessment they promised.",
    "Does anyone else think Mr Brennan is far too strict with the little ones? Oscar is scared to go in now.",
    "The playground is a disgrace, broken fencing, puddles everywhere and half the equipment taped off for months. What are we fundraising for?",
    "So now hair bands have to be black or navy only? Has the head really got nothing better to worry about?",
    "Polite question, why was the trip cancelled with 24 hours notice and no refund info? Some of us paid £25.",
    "Really disappointed the school has said no to a leavers' disco for Year 6 this year. The kids have worked so hard and they get nothing.",
    "Another packed lunch sent home uneaten because 'there wasn't time'. 20 minutes for lunch is not enough, the school needs to sort this out",
    "Anyone else's kid been put on the red cloud for talking? This behaviour chart thing is humiliating for 5 year olds",
    "The office staff were so rude to me this morning when I was 3 mins late for drop off. No need for the attitude.",
    "Miss Hargreaves has sent the same spellings home for three weeks. Is anyone actually checking the homework?",
    "I'm sorry but making kids play out in the freezing cold without their coats on is just wrong. Who made that rule?",
    "Thanks school for telling us about the inset day AFTER I booked my shifts 👏👏",
    "Why does the school never tell us when something's going round? Found out about the chickenpox from this group not the school, again.",
    "The headteacher's newsletter is all fluff about 'wellbeing' while they've cut the TA in Reception. Practise what you preach.",
    "Not being funny but how is it fair that the same kids get picked for every play and assembly part? Mrs Lowe clearly has favourites.",
    "Dinners are £2.60 a day now and what do they get? Beige food and a yoghurt. Come on.",
    "Second year running the parents evening booking system has crashed and the school just shrugs. Sort it out.",
    "The school's answer to my son being hit was 'boys will be boys'. Unbelievable.",
    "Hate to moan but the homework app is impossible and when I asked Mr Dawson for help he just said 'it's on the app'. Helpful.",
    "Does the school actually read its own SEN policy? Because they're not following it for my son.",
    "Christmas jumper day, cake sale, book fair, disco and now a sponsored walk, all in one month. The school needs to realise not everyone has money to burn.",
    "Can we all raise the pick up chaos at the next governors meeting? The school's one gate system is a disaster waiting to happen.",
    "is anyone else annoyed breakfast club has been shut for 2 weeks with no explanation from school??",
    "Miss Fenwick told my daughter off in front of the whole class for forgetting her PE kit. She was in tears. Not on.",
    "Apparently the trip to Wrenfield Farm is now 'Year 4 only' after we were all told it was both years. Make your minds up school.",
    "Honestly don't know why the school bangs on about an 'open door policy' when the head is never available.",
    "Reading books haven't been changed since before half term. What's the point of a reading record if nobody in class looks at it?",
    "With respect, the new pick up rules were clearly written by people who don't have to do a school run in the rain with a toddler and a buggy.",
    "Wow, so the school can find money for a new logo and signs but not for a teaching assistant in Year 1. Priorities.",
    "Just want to say publicly I'm really unhappy with how the school dealt with my complaint about the dinner staff. Fobbed off completely.",
    "Anyone else think the after-school club is basically telly and crisps for £12 a session? Expected more tbh",
)

WRITTEN_BLIND_10 = (
    "Is anyone else fuming about the school dinners? Ava came home starving again, tiny portions and the pasta was cold. For £2.60 a day it's a joke.",
    "Far too much homework for Year 2. Three worksheets plus spellings plus reading every night. They're 6!! Has the school lost the plot?",
    "Reading book hasn't been changed in 3 weeks. Third time I've written in the diary. Does anyone at school actually read these?",
    "£38 for a trip to a farm 20 minutes away?? The school must think we're made of money",
    "Got the letter about the trip TODAY and the money's due TOMORROW. Typical of this school, never any notice",
    "Mrs Whitcombe shouted at Ben in front of the whole class for forgetting his water bottle. Not acceptable in my opinion, he's 5.",
    "Honestly the head is useless. Emailed Mr Granger 3 times about the playground and not one reply.",
    "The school office are so rude. Asked a simple question at reception and got an eye roll and a sigh.",
    "SEN support at this school is non existent. Took 8 months to get a meeting with the SENCO and nothing has changed. Zero help.",
    "The new behaviour policy is ridiculous. Losing golden time for the whole class because of one child? How is that fair?",
    "Has anyone else had to pay £22 for a jumper from the one uniform supplier the school allows? Total rip off.",
    "Picked the kids up from after school club at 5.45 to find they'd been sat in front of a film the whole time. £14 a session for that.",
    "The school's new parking rules are a nightmare. Banning us from the lane just means everyone's on the main road now. Whoever decided this has never done a school run.",
    "Why has the school decided they need PE kit in every single day now? Who's paying for my washing machine??",
    "Detention for a Year 5 for one missing homework sheet? Seriously? Mr Doyle needs to get a grip",
    "Polite question: does anyone know why the school changed the pick up time without consulting any of us? Some of us work.",
    "Not to stir but I don't think Miss Rawlings is coping with that class. Our kids have learned nothing this term.",
    "Can everyone please email the governors about the school cutting music lessons? The more of us complain the better.",
    "Oh great, another non uniform day with £1 donation announced the night before. Love how organised our school is 🙄",
    "I might be wrong but the school doesn't seem to have a clue with phonics. Different sounds sent home every week, no consistency.",
    "Charlie was sent home with a temperature and the office didn't ring me for two hours. Absolutely shocking.",
    "Maybe I'm being over sensitive but the way Mr Granger spoke to parents at the meeting last night was really condescending.",
    "School dinners are all beige. Chips, nuggets, potato waffles. So much for the school's 'healthy eating' award.",
    "Anyone else's kid never chosen for anything? The same 5 kids get every part in every school play. Favouritism much.",
    "Who thought a 9am assembly with 24 hours notice was a good idea for working parents? Not the school apparently",
    "Absolutely livid. Mia's been bullied for weeks and the school keeps saying they're 'monitoring it'. Monitoring what?? Do something.",
    "The homework app the school uses is awful and they refuse to give paper copies. Not every family has a laptop.",
    "does anyone else think the school reports this year were copy and paste? Ours had another kids name in it",
    "Mrs Whitcombe has lost Tyler's water bottle, coat AND lunchbox this term. How hard is it?",
    "Breakfast club has put its prices up AGAIN. £6 for toast and a bit of supervision. Come on.",
    "Not impressed that the Year 6 residential is £320 and the school only told us in March. How are families meant to save that?",
    "I'd urge all parents to fill in the Ofsted parent survey honestly. This school needs to hear how bad things have got.",
    "The head's newsletter says 'we value parent voice' but every time we raise something we get fobbed off. Hypocritical.",
    "Swimming cancelled for the 4th week running with no explanation from school. What are we paying the contribution for?",
    "Hate to say it but the SENCO, Mrs Ashworth, just doesn't listen. Our EHCP paperwork has been sat on her desk since September.",
    "Anyone else think the school's ban on birthday cakes is daft? Kids can't even share a cupcake now.",
    "Sorry but the after school clubs are a shambles. Signed him up for football, he got put in drama with no warning.",
    "PE kit letter says black shorts, Miss Rawlings says navy. Which is it? Can the school make its mind up before I buy a third pair?",
    "the playground is a state, broken fence has been there since summer and the school just doesnt care",
    "Genuinely asking: is there any point going to the school about anything? Every concern gets 'we'll look into it' and then silence.",
)

WRITTEN_BLIND_11 = (
    "Absolutely fuming. Third supply teacher this term in Year 4 and nobody from the school bothers to tell us. Shocking communication from Larkhill as usual.",
    "Just wondering if anyone else feels the homework in Year 5 is way too much? Mrs Whitfield sets hours of it every weekend and my son ends up in tears 😕",
    "School dinners here are a joke. Kids come home starving, portions are tiny and the hot option has always run out by the time Y6 go in.",
    "Oh brilliant, another email at 9pm telling us it's dress up day TOMORROW. Thanks so much Larkhill, really appreciate the notice 🙄",
    "Mr Harding clearly can't control his class. Every single day Sophie says it's too noisy to work. Not good enough.",
    "Not being funny but since the new head arrived this school has gone right downhill.",
    "SEN support at this school is basically non-existent. 8 months waiting for a meeting with the SENCo and still nothing. Disgraceful.",
    "£24 for a logo jumper when the supermarket does them for £4?? The uniform policy is a total money grab.",
    "Drama club cancelled AGAIN with zero notice. Some of us have jobs, you know.",
    "The governors haven't got a clue what actually goes on in this school. They just rubber stamp whatever the head wants.",
    "To the parents who park across the zigzags every morning - you're selfish and you know exactly who you are.",
    "Miss Fenwick never replies to emails. Ever. Does she even read them?",
    "There's a boy in Class 2 who disrupts every lesson and the school does absolutely nothing. My daughter's learning is suffering because of one child.",
    "Maybe it's just me but was anyone else really disappointed with the Year 3 trip? £18 for what was basically a walk round a car park.",
    "Love how the school can afford a shiny new sign but not enough TAs 🙃",
    "Mr Brennan is more interested in Ofsted than the actual kids. Everything at that school is for show.",
    "Sports day was a shambles. No seats, no water, couldn't hear a word. Who organised this?",
    "The mums who run the Year 2 WhatsApp and invite everyone to parties except a select few... classy 👏",
    "I'm sorry but the way Mrs Lowe handled the playground incident last week was completely unfair and I'm not the only one who thinks so.",
    "Anyone else getting nowhere with the school office? Rang four times about an after school club place and just get fobbed off every time.",
    "Apparently the 'phonics scheme' means sending home the same reading book three weeks running. Great job Reception team 👍",
    "Gently asking... does anyone else feel communication from school has got really bad this year? We find out everything from the kids.",
    "Head's latest newsletter telling US to be on time when half the staff can't get the gates open by 8.45 😂",
    "No hot dinners on trip day, no packed lunches provided, and we get told the day before. Organised as ever, Larkhill.",
    "Breakfast club has gone up to £6 a day. For toast. Absolute joke, the school should be ashamed.",
    "Homework in Year 1 is ridiculous. They're 5. Let them play. Whoever at school decided this policy needs their head looking at.",
    "Miss Carrington gave my son a detention for forgetting his PE kit ONCE. Power trip much?",
    "Why is it always the same kids who get star of the week? Funny how it's always the PTA mums' children 🤔",
    "Can't believe the school is now banning hair bobbles that aren't navy. Have they got nothing better to worry about??",
    "Really hoping someone from the governing body reads this because the new behaviour policy is awful and nobody bothered consulting parents.",
    "My daughter has dyslexia and has had zero extra help this year despite the school promising support at her review. Feeling completely let down by Larkhill.",
    "Not to be that parent but the Year 6 teacher Mr Quinn is so disorganised. He's lost my son's practice papers twice now.",
    "Nativity tickets: 2 per family. Two. Grandparents can just stay home I suppose. Thanks for nothing, school.",
    "The lunchtime supervisors just shout at the kids all the time. Wouldn't let Alfie finish his lunch because he was 'too slow'.",
    "Polite question for other parents: is it normal for a school to take 3 weeks to answer a complaint? Ours clearly doesn't think parents matter.",
    "The after school club staff are useless. Came to collect at 5.30 and nobody knew where my son was for ten minutes.",
    "Some of the parents at this school are so cliquey. Stood on my own at the gate for 2 years. Says a lot about the school community tbh.",
    "Well that's another parents evening where Mrs Whitfield barely looked up from her laptop... really felt valued 🙃",
    "That boy in Year 4 who keeps pushing kids in the line needs sorting out. His parents clearly don't care either.",
    "Wow, closing the whole school for a 'snow day' over 1cm of snow. Some of us can't just take a day off. Pathetic decision.",
)

WRITTEN_BLIND_12 = (
    "Honestly, the communication from this school is a joke. Found out about the trip the night before from a crumpled letter at the bottom of a book bag.",
    "Is it just me or is Mr Harcourt setting a ridiculous amount of homework for Year 4? Three worksheets a night for 8 year olds.",
    "Sorry but the school dinners are NOT acceptable. My son came home starving again, a scoop of beans and half a potato is not a meal.",
    "Just want to gently say that some of us feel the new parking rules at school are completely unworkable. Where exactly are we meant to go?",
    "£38 for a trip to a farm 20 minutes away? Who is approving these prices? Some of us have more than one child.",
    "Oh brilliant, another inset day announced with a week's notice. Thanks so much school, really appreciate it 🙃",
    "The head clearly doesn't listen to parents. Three emails and not one reply. Mrs Whitlow, if you're reading this, we're still waiting.",
    "Phonics at this school is a mess. My daughter is in Year 2 and still can't blend, and they just keep sending home the same books.",
    "Has anyone else read their child's report? It's clearly copy and paste. Half of it doesn't even sound like my kid. Lazy.",
    "Not being funny but there's a boy in Year 5 who's been pushing kids around in the playground for months and nothing gets done. Everyone knows who.",
    "The SEN support here is non-existent. My son's EHCP says one thing and the school does another. Miss Carrow just says 'we're doing our best'.",
    "Why on earth did the school pick Uniformz Direct as the supplier? £22 for a polo shirt that shrinks in the first wash.",
    "Can someone explain why the governors think it's ok to cut the after school clubs but still spend money on a shiny new sign out front?",
    "I'm sure Mrs Penrose means well but she really shouldn't be teaching Reception if she can't handle a few noisy four year olds.",
    "Anyone else fed up with the parents who park across the zigzags every single morning? Yes, you in the silver Qashqai. Every. Day.",
    "Polite question: does the school actually read the parent survey or is it just for show? Because nothing ever changes.",
    "Not to moan but the office never answers the phone. Tried 6 times today. Is anyone actually there?",
    "So apparently my 6 year old got a red card for 'talking'. Meanwhile the kids who actually hurt others get a sticker the next day. Makes sense.",
    "Mr Daley's spelling tests are pointless, the list comes home Thursday and they're tested Friday. Who designed that?",
    "Hate to say it but really disappointed with the nativity this year. Half the kids had no lines and the PTA parents' kids got all the best parts. Funny that.",
    "The school makes such a big deal about healthy eating then serves sponge and custard every day. Hypocritical much?",
    "Just me that thinks homework club is basically babysitting? They don't even help with the homework.",
    "Absolutely fuming. Third time this term school has lost my daughter's coat and the office just shrugs. Not good enough.",
    "I know teachers are busy, but a one-line reply to a detailed email about my child's friendships isn't acceptable, Miss Ferreira.",
    "Why do the same PTA mums run everything? Feels like a closed club. The rest of us are just expected to hand over cash.",
    "Maybe I'm old fashioned but the head spending a whole assembly on his holiday photos instead of anything useful is a bit much.",
    "That Science Museum trip was so badly organised. Kids got back 2 hours late and nobody told us a thing. Shambles.",
    "The kids in Oak class are out of control and frankly it's the parents' fault. Mine comes home every day with another story.",
    "Seriously, who decided maths homework should be online only? Not every family has a laptop. Really out of touch decision.",
    "Wow, another letter from school asking for donations. Maybe stop charging £4 for a disco then?",
    "The new behaviour policy is ridiculous. Missing golden time for forgetting a PE kit? They're 7.",
    "Bit disappointed Mrs Okoro never put my son forward for the maths group despite him being top of the class. Favouritism much?",
    "Has anyone actually seen the governors do anything? Ever? Genuinely asking.",
    "Still waiting on a response from the SENCo after 5 weeks. Five. Weeks. Our kids deserve better than this.",
    "Not sure why the school thinks a 2:45 Friday finish is helpful for working parents. Totally unworkable.",
    "Just a thought, but if Mr Briggs spent less time on his phone on playground duty he might notice who's actually starting the fights.",
    "Lunch portions have halved since they changed caterers and the price went UP. School needs to sort this out.",
    "Reading books are falling apart and way too easy for her. Asked her teacher twice for harder ones, nothing. Pretty poor tbh.",
    "🙄 yet another letter home about uniform rules. Perhaps the school could focus on teaching instead of policing hair bobbles.",
    "Love how the school goes on about 'partnership with parents' but won't let us past the gate. Partnership my foot.",
)

SETS = (
    ("written_blind_2", WRITTEN_BLIND_2),
    ("written_blind_3", WRITTEN_BLIND_3),
    ("written_blind_4", WRITTEN_BLIND_4),
    ("written_blind_5", WRITTEN_BLIND_5),
    ("written_blind_6", WRITTEN_BLIND_6),
    ("written_blind_7", WRITTEN_BLIND_7),
    ("written_blind_8", WRITTEN_BLIND_8),
    ("written_blind_9", WRITTEN_BLIND_9),
    ("written_blind_10", WRITTEN_BLIND_10),
    ("written_blind_11", WRITTEN_BLIND_11),
    ("written_blind_12", WRITTEN_BLIND_12),
)


def run(screener: Any) -> dict[str, Any]:
    """Screen every set; return, for each, how many of its complaints the engine calls one."""
    from schoolgate.screening import Post

    out: dict[str, Any] = {}
    for name, posts in SETS:
        assessments = screener.screen_many([Post(text) for text in posts])
        missed = [t for t, a in zip(posts, assessments, strict=True) if "complaint" not in a.labels]
        out[name] = {
            "posts": len(posts),
            "caught": len(posts) - len(missed),
            "recall": round((len(posts) - len(missed)) / len(posts), 4),
            "missed": missed,
        }
    return out


def render(result: dict[str, Any]) -> str:
    """One line a set: the share of its complaints the engine calls one."""
    return "\n".join(
        f"Complaints about the school ({name}, {part['posts']}): {part['recall']:.0%} caught "
        f"({part['caught']})"
        for name, part in result.items()
    )


def main() -> int:
    from schoolgate.screening import Roster, Screener

    roster = REPO / "schoolgate" / "screening" / "training" / "examples" / "demo_roster.csv"
    result = run(Screener(roster=Roster.from_csv(roster)))
    print(render(result))
    for name, part in result.items():
        print(*(f"  missed ({name}): {text}" for text in part["missed"]), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
