"""Everyday posts on a primary school's parents' channels, none of which breaks the policy: how
many the whole engine wrongly flags with a category (naming flags are not counted: they are shown
even on praise). The school dev split holds only 84 appropriate posts, all written beside the
training posts; these are nineteen more sets, written as parents write: logistics, thanks,
illnesses and head lice going round, the weather, tiredness, their own children, idioms, a
school's Eid or Pride message. People and places are invented. Two posts a
reader could take as complaints (about other parents' parking, about the school's homework) were
taken out of the sets as ambiguous after the first screening; every other post stayed as written.
The misses of each set but the judged ones shaped something later, said below;
bench/school_complaints.py holds the complaints written beside each set from `WRITTEN_BLIND_2`
on, which a rule that clears grumbles must not clear.

- `SHAPED_TRAINING` was written first and screened once with the shipped engine. Its misses
  (everyday grumbles read as complaints, a question about the lollipop lady's absence read as an
  allegation) shaped the training posts of an experiment (everyday grumbles, neutral questions
  about a member of staff's absence; not kept, see the closing note of issue 8). A model trained
  on such posts cannot be judged on this set.
- `UNSEEN` was written after that, before any model trained on those posts was screened on it.
  Its misses (feelings about the poster's own day read as complaints, a flooded path read as
  discrimination) later shaped another experiment's training posts: about 1,900 generated
  everyday feelings (a lost jumper, roadworks, a bug going round; not kept, see the closing note
  of issue 8). The shipped models never trained on anything it shaped.
- `WRITTEN_AFTER_GENERATOR` was written after that generator, by the same team, and screened
  first with the shipped engine, then with the experiment's; nothing was changed after either.
  A few of its topics repeat the other sets' (wellies for a walk, a holiday club).
- `WRITTEN_BLIND` was written by a helper who read none of the training posts, generators or
  these sets (only the demo roster, for staff names), while experiment 15 trained and before any
  of its results were seen. Its posts went in as written, but for a historical figure's name,
  taken out before any screening.
- `WRITTEN_BLIND_2` was written by another helper who read nothing of the project, and screened
  with the shipped engine (one of its 80 posts, a question about the Christmas fair's start, is
  also a training post, and was taken out).
- `WRITTEN_BLIND_3` was written by a third helper, as blind, and screened once with the engine
  before reading rule 14 and once after its first form (19 and 6 of its 80 posts flagged).
- The misses of all the sets above shaped reading rule 14 (a complaint needs someone or
  something to be about; discrimination needs people; a good wish for a faith's day is neither
  hate nor a threat): none of them can judge it.
- `WRITTEN_BLIND_4` was written by a fourth helper, as blind, and screened with the engine
  before rule 14 and after its second form (16 and 6 of its 100 posts flagged). Its misses (a
  late bus, the wifi down) shaped the rule's last form: a service's failure is a complaint only
  about someone or something, like any other complaint word.
- `WRITTEN_BLIND_5` was written by a fifth helper, as blind, and screened once after rule 14's
  third form, with the engine before and after it (18 and 9 of its 100 posts flagged). Nothing
  was changed for its posts; a review of the rule's code then narrowed it (below), and the set
  was screened again (9).
- `WRITTEN_BLIND_6` was written by a sixth helper, as blind, and screened once after that review,
  with the engine before and after rule 14 (16 and 8 of its 100 posts flagged). Nothing was
  changed for its posts.
- Sets 5 and 6 then judged experiments 17 and 18 (training posts, not kept), and their misses
  shaped two more readings: a group named as those a good wish is for is spoken well of
  (rule 10), and violence needs someone or something to harm (rule 14). So neither judges the
  rules any more.
- `WRITTEN_BLIND_7` and `WRITTEN_BLIND_8` were written by a seventh and an eighth helper, as
  blind, while those experiments trained, and screened with the engine before those readings,
  after their first form, and after a review narrowed them (10, 9 and 10 of set 7's posts
  flagged; 9, 9 and 9 of set 8's). Nothing was changed for their posts. One of set 7's 100
  posts, a reminder about a non-uniform day, is also a training post, and was taken out.
- `WRITTEN_BLIND_9` and `WRITTEN_BLIND_10` were written by a ninth and a tenth helper, as blind,
  while experiment 19 trained, and screened first with the engine of that day (the models of
  204c69d and the rules of eac7499: 13 and 12 of their 100 posts flagged). Nothing was changed
  for their posts.
- Sets 7 to 10 then judged experiment 19 (training posts and thresholds, not kept, see the
  closing note of issue 8); nothing was changed for their posts. On a CPU without VNNI the
  encoder then shipped scored otherwise (set 7: 11 posts flagged, set 10: 15); since its
  weights are stored unsigned it scores as on the machines above everywhere.
- The misses of sets 7 to 10 then shaped the rules' readings of a game won ("Jack beat me at
  chess"), household things ("I'll throttle that toaster"), a complaint word said of the
  poster's own household ("disgraceful behaviour from our dog"), a photo of "this one", thanks
  for the school's photos, and a good wish closed by a second greeting or for a nation's day
  (10, 9, 13 and 12 of their posts flagged before, 7, 6, 12 and 9 after). None of them judges
  the rules any more.
- `WRITTEN_BLIND_11` and `WRITTEN_BLIND_12` were written by an eleventh and a twelfth helper,
  as blind, while those readings were written, and screened once they were done, with the
  engine before and after them (5 of set 11's 99 posts and 9 of set 12's 100 flagged each
  time). Nothing was changed for their posts. One of set 11's 100 posts, a good wish for
  Vaisakhi, is also in set 2, and was taken out.
- The misses of sets 11 and 12 then shaped the readings of head lice (neither hate nor a
  threat), a complaint word said of the poster themselves ("I'm useless at combing curls") or of
  the weather ("shocking forecast for sports day"), and a proud parent's photo (5 and 9 of their
  posts flagged before, 3 and 6 after).
- `WRITTEN_BLIND_13` and `WRITTEN_BLIND_14` were written by a thirteenth and a fourteenth
  helper, as blind, while those readings were written, and screened once they were done, with
  the engine before and after them (19 and 18 of set 13's 100 posts flagged; 10 and 9 of set
  14's, of which two posts, also in the first blind set and set 12, were then taken out). Their misses (grumbles about the council and a broadband provider, "send help" read as
  SEND) then shaped the last reading: a company or service is what a complaint is about only
  where the post addresses it, and "SEND" is the school's only with a word that makes it so (15
  and 9 flagged after; sets 9 to 12: 10, 7, 2 and 6).
- `WRITTEN_BLIND_15` and `WRITTEN_BLIND_16` were written by a fifteenth and a sixteenth helper,
  as blind, while that reading was written, and screened once it was done, with the engine of
  121fd30 (before any of these readings), of d5d6eeb (after the first), and after all of them:
  7, 7 and 5 of set 15's 100 posts flagged; 7, 7 and 5 of set 16's. Nothing was changed for
  their posts.

The aim (at most 5% wrongly flagged) is read on each set that shaped neither the shipped models'
training posts nor the rules.

Run: .venv/bin/python bench/everyday_posts.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

from everyday_blind_sets import (  # noqa: E402
    WRITTEN_BLIND_2,
    WRITTEN_BLIND_3,
    WRITTEN_BLIND_4,
    WRITTEN_BLIND_5,
    WRITTEN_BLIND_6,
)
from everyday_blind_sets_7_to_10 import (  # noqa: E402
    WRITTEN_BLIND_7,
    WRITTEN_BLIND_8,
    WRITTEN_BLIND_9,
    WRITTEN_BLIND_10,
)
from everyday_blind_sets_11_to_14 import (  # noqa: E402
    WRITTEN_BLIND_11,
    WRITTEN_BLIND_12,
    WRITTEN_BLIND_13,
    WRITTEN_BLIND_14,
)
from everyday_judged_sets import WRITTEN_BLIND_15, WRITTEN_BLIND_16  # noqa: E402

SHAPED_TRAINING = (
    "Does anyone know if Year 3 need wellies for the forest school session on Thursday?",
    "Found a blue lunchbox with a dinosaur on it by the gate, handed it in at the office",
    "Chickenpox is going round Oak class, just so everyone knows to keep an eye out",
    "Sickness bug has wiped out half our house, Alfie will be off tomorrow",
    "Nits again!! Third time this term, out comes the comb",
    "Has anyone got a spare book bag? Ours has fallen apart",
    "Massive thank you to Miss Patel for sorting out the reading books so quickly",
    "Mr Osei's football club is the highlight of my son's week, he never stops talking about it",
    "School photos are on Tuesday, don't forget the hair brush!",
    "What time does the Christmas fair finish? Trying to plan around work",
    "The nativity was absolutely brilliant, well done to all the kids and staff",
    "Can someone remind me when the Easter holidays start?",
    "Lost a grey hoodie with no name in it, age 7-8, if anyone picks it up by mistake",
    "Does anyone have the link for the dinner money top up? Can't find it on the app",
    "Is the lollipop lady off sick? Nobody was at the crossing this morning",
    "The new climbing frame looks amazing, the kids are going to love it",
    "My daughter has been dying to go back since the holidays started lol",
    "That homework project nearly killed me, who knew a volcano could be so hard to build",
    "I could murder a coffee after that drop off in the rain",
    "Anyone else's kids obsessed with the times tables rockstars app?",
    "Well done to the netball team, winners of the cluster tournament!",
    "We're collecting for the food bank this week, any tins gratefully received",
    "Does anyone know a good tutor for year 6 maths? Happy to pay",
    "Reminder that it's non uniform day on Friday, £1 donation for the PTA",
    "Any tips for getting a 5 year old to sleep before 9? Asking for a friend 😅",
    "Can someone let me know what the spellings are this week? Lost the sheet",
    "Swimming lessons are back on from next week according to the newsletter",
    "Just wanted to say how lovely the reception staff were with my nervous little one",
    "Where do we collect from after the school trip, the front or the back gate?",
    "Is the after school club open on inset days?",
    "My son came home buzzing about the science week experiments",
    "Year 2 parents, does anyone have a spare costume for the Great Fire of London day?",
    "Thank you to whoever handed in my purse, you're a star",
    "The cake sale raised over £300, thank you everyone who baked",
    "Remember to name everything, the lost property box is overflowing again!",
    "Head lice letter came home today, so check your children's hair tonight",
    "Is anyone else struggling with the new phonics sounds? I was never taught this way",
    "Mrs Ahmed's assembly on Diwali was really interesting, my son loved the lamps",
    "Happy Eid to all the families celebrating this week!",
    "Pride month display in the hall looks fab, well done to the school council",
    "Can anyone give my daughter a lift to the Brownies after school Wednesday?",
    "There's a dog loose near the park gate, be careful at pick up",
    "Who's going to the summer disco? Need to know whether to buy tickets",
    "First day of Year 1 and he didn't even look back at me 😭",
    "The teachers must have the patience of saints with 30 of them all day",
    "Slightly gutted we didn't win the raffle but congrats to the winners!",
    "Has the club list for next term come out yet?",
    "Thanks to Mr Jones the caretaker for clearing the snow so early",
    "Anyone know if the school uses Google Classroom or the app for homework now?",
    "My two are fighting like cat and dog this half term, roll on Monday",
    "Sports day was brilliant, my lad came last in the sack race and loved every minute",
    "Does anyone know if Polish is offered as a GCSE at the secondary schools nearby?",
    "The Black History Month projects in the corridor are amazing, so much effort",
    "Can we start a rota for the walking bus? Happy to do Mondays",
    "Lovely to see the grandparents afternoon so well attended",
    "Is it true the school is getting a new playground next year? That would be great",
    "Our daughter with autism has been so well supported in the transition, thank you",
    "Does the school have a uniform swap shop? Trying to save a bit of money",
    "Bloody hell, the queue for the school fair tombola was massive 😂",
    "Just seen the SATs dates, poor kids, they'll smash it though",
    "Please can parents not smoke at the gates, there are little ones about",
    "Who's brave enough to help with the reception trip to the farm? Need two more adults",
    "Absolutely shattered after the school run in this wind",
    "The kids' art exhibition is on until Friday, worth a look",
    "My son's teacher said he's been a superstar this week, proud mum moment",
    "Reading volunteers wanted, even 30 mins a week helps apparently",
    "Does anybody know if the gate code has changed?",
    "The Year 6 leavers' hoodies have arrived, they look great",
    "Going to kill my husband, he washed the PE kit with a red sock and it's all pink now 😂",
)

UNSEEN = (
    "Does anyone know whether the Year 5 residential kit list includes a sleeping bag or do they provide bedding?",
    "Just a heads up, the path by the allotments is flooded so go round by the shops",
    "Our little one has finally learned to ride her bike to school, so proud",
    "Is the breakfast club booking form on the app or do I ring the office?",
    "Can't believe how fast this term has gone, nearly Christmas already",
    "Mrs Nowak's class did a brilliant job on the harvest festival display",
    "Anyone want to share lifts to the swimming gala on Saturday?",
    "Who else is dreading the costume for the Romans day? Toga out of a bedsheet it is",
    "The mud on the field today, my son came home looking like he'd been swamped 😂",
    "Please could whoever borrowed my umbrella at pick up bring it back, it's a purple one",
    "Is there a parents' evening sign up yet? I can't see it",
    "My daughter's loving the new library books, thank you to the PTA for funding them",
    "Reception parents, is it wellies or trainers for the muddy walk tomorrow?",
    "Flu going round our street, hope everyone's kids stay well",
    "Check the kids' hair this weekend, another case of head lice in our class",
    "Sorry for the moan but my son has lost another jumper, third one this year",
    "The new lunch menu has pizza on Fridays apparently, my two are thrilled",
    "Thank you to the staff for the Christmas cards, such a lovely touch",
    "Which day is the Year 1 class assembly? My mum wants to come",
    "I swear the school run gets harder every day, can't find a parking space anywhere",
    "Any recommendations for a kids' dentist nearby?",
    "Massive well done to the choir, they sang beautifully at the town hall",
    "My eldest is starting secondary in September, feeling old",
    "The Halloween disco was so much fun, the kids danced non stop",
    "Can anyone tell me if the gym club runs on Tuesdays or Thursdays?",
    "Rainy play again, the kids are climbing the walls by home time",
    "The Year 3 trip to the museum sounds amazing, my son can't stop talking about mummies",
    "Mr Ali did a great job with the cycling proficiency course, thank you",
    "Is the school open for voting on Thursday or is it closed?",
    "Has anyone got a spare recorder? My son's has vanished into thin air",
    "The harvest festival was lovely, so many donations for the food bank",
    "Anyone up for a coffee after drop off on Friday?",
    "Our cat has decided to sit on the homework, any excuses teachers will accept? 😂",
    "Well done to everyone who took part in the readathon",
    "Can someone remind me what colour the house team t-shirts are?",
    "The school gates were packed this morning, must be the sunshine",
    "I think I'm more nervous about the SATs than my daughter is",
    "There's free face painting at the library this Saturday if anyone's bored",
    "Is it just us or is the app not loading this morning?",
    "Thank you to the dinner ladies, my son's finally eating vegetables",
    "The road works outside school are going to be a nightmare next week",
    "My daughter has her first sleepover this weekend, wish me luck",
    "Parents of Year 4, has the homework gone up on the app?",
    "We've got a bag of outgrown uniform, age 6-7, free to anyone who needs it",
    "Please slow down on the bend by the church, lots of little ones crossing",
    "That assembly about online safety was really useful, we had a chat at dinner",
    "The kids' faces when it snowed this morning, priceless",
    "Anyone know when the book fair is on?",
    "Huge thanks to Miss Green for staying late at the Christmas concert",
    "Sickness bug alert in Willow class, we've been up all night",
    "Is there a school holiday club over Easter?",
    "I've been roped into running the tombola, send help 😂",
    "The new teaching assistant in Ash class seems lovely, my son already adores her",
    "Don't forget the clocks go back this weekend, extra hour in bed hopefully",
    "So proud of my son for reading in assembly, he was so nervous",
    "Who's organising the end of year collection for the teachers?",
    "The PTA quiz was a laugh, even though we came last",
    "My daughter has asked to join the chess club, do they have spaces?",
    "Ugh, another cold in our house, the joys of reception",
    "Loved seeing the kids' Diwali rangoli patterns in the hall",
    "Anyone know if the crossing near the park is manned at home time?",
    "My son says the new playground equipment is epic",
    "Is it a packed lunch or school dinner on the trip day?",
    "I nearly died laughing at the Year 2 nativity, the donkey fell over twice",
    "The bus was late again so we missed the bell, hope the kids weren't marked late",
    "Thanks everyone who came to the coffee morning for the hospice, we raised £420",
    "Our daughter is Muslim and was thrilled the school marked Ramadan, thank you",
    "Wishing all the Year 6s luck at their new schools next year",
    "Can anyone recommend a cheap place for school shoes? They grow out of them so fast",
)


WRITTEN_AFTER_GENERATOR = (
    "Does the after school club run on the inset day or is it closed too?",
    "Our cat has gone missing near the back field, ginger with a white chest, please shout if seen",
    "Well done to the cross country team, freezing out there but they all finished",
    "Can anyone tell me which door the Year 1s come out of now the building work has started?",
    "Absolutely gutted we missed sports day, my son had chicken pox all week",
    "Is anyone selling a second hand blazer, age 10-11?",
    "Lovely to see so many dads at the reading breakfast this morning",
    "Happy Hanukkah to everyone celebrating, the candle crafts the kids made are gorgeous",
    "Does anyone know if there's a bike rack for parents or just for the kids?",
    "The harvest festival was so moving, the little ones singing had me in tears",
    "My daughter cried at the gate again this morning, settling in is hard isn't it",
    "I'm so proud of my son, he read a whole chapter book on his own last night",
    "Does anyone know the name of the song the choir sang at the concert? It's stuck in my head",
    "We've got too many courgettes from the allotment, free to any school family who wants them",
    "The heating's broken at our house so we're all in hats at breakfast, living the dream",
    "Swimming bags always come home soaking, is there a trick to getting them dry by Monday?",
    "Shattered after parents' evening, three kids, three teachers, three queues",
    "Who else's child has suddenly become an expert on the Romans?",
    "Mrs Obi's class have hatched ducklings, my son is beside himself with excitement",
    "Lift share anyone for the football tournament on Saturday? We've got two spare seats",
    "My boy came home saying he's been chosen to read at assembly, so chuffed for him",
    "Thank you to whoever handed in my purse at the office, you're a star",
    "Snow day tomorrow?? Fingers crossed say the kids, not so much say the working parents",
    "What are people doing for the teachers' end of year gifts this year?",
    "The Polish dance group at the summer fair were incredible, more of that please",
    "Reminder: the library van is outside the church hall on Wednesday afternoons",
    "I swear my kids only get ill on the days I have big meetings",
    "Bake sale tomorrow, I've burnt the first batch, wish me luck with round two",
    "Is it wellies or trainers for the nature walk?",
    "My son's tooth fell out in maths and he was so worried the tooth fairy wouldn't find it",
    "The new reading scheme books look lovely, my daughter is racing through them",
    "Any recommendations for a children's dentist round here taking new patients?",
    "Fed up of the rain, the dog is fed up, the kids are fed up, roll on spring",
    "Heads up, there's a lost lizard toy on the wall by the gate, someone will be missing it",
    "So sad to say goodbye to the Year 6s, we've been at this school together since nursery",
    "Is anyone else's washing machine permanently full of PE kit?",
    "Our family is new to the area, any tips for local Brownies or Beavers?",
    "Thank you for the lovely Black History Month display, my girls loved seeing it",
    "Just a warning the lights at the crossing by the pub aren't working, go carefully",
    "The lunch menu says fish fingers on Friday, my son is counting down the days",
    "Bit nervous about the Year 6 residential, anyone's child been before?",
    "Finally found the matching glove, it was in the freezer, don't ask",
    "The kids' clay pots came home today, ours has pride of place on the mantelpiece",
    "Has anyone got a pushchair rain cover they don't need any more?",
    "The Christmas jumper day photos on the website are so cute",
    "We're collecting crisp packets for recycling, there's a box by the office",
    "Wasps are everywhere this week, my daughter won't eat her lunch outside",
    "The school run in this wind is an extreme sport",
    "Kids home and fed, homework done, only took three hours and a bribe",
    "What time do the doors open for the talent show? My two are performing",
    "Congratulations to the girls' football team, league champions!",
    "Can someone let me know if the maths homework is on the app or on paper this week?",
    "My son wants to bring his guinea pig for show and tell, is that allowed?",
    "It was so nice to see the whole community come out for the Remembrance service",
    "Do the kids need to bring a cushion for the film afternoon?",
    "Sick bug at home again, honestly we've had every germ going this winter",
    "Our Vaisakhi celebrations at the gurdwara are open to all this Sunday, families welcome",
    "Found: one small pink scooter at the top of the lane, it's in my porch",
    "I've volunteered to help at the disco, send earplugs",
    "Anyone know when the summer holiday club bookings open?",
    "Gorgeous sunset at pick-up tonight, the kids were all stopping to look",
    "My daughter has started saying 'innit' and I blame her big cousin",
    "Proud mum moment, my son helped a younger child who fell over in the playground",
    "Are the reading records checked every day or just once a week?",
    "The road outside is a mess with the water main works, expect delays in the morning",
    "Thank you to the Year 4 team for the brilliant trip to the museum",
    "It's pyjama day for Children in Need on Friday, remember your pound",
    "The queue for the uniform shop was out the door this morning, go early if you can",
    "Our neighbours are celebrating Chinese New Year with a lion dance on the green, come along",
)


WRITTEN_BLIND = (
    "Has anyone picked up a navy fleece by mistake? Age 7-8, name tape half peeled off. No stress, just checking 🙂",
    "Purple unicorn lunchbox handed in 👍",
    "anyone doing the 8.30 run from Meadow Lane tomorrow? car's in the garage til thurs and i'd be really grateful for a lift for my two x",
    "Happy to do pickups on Wednesdays if anyone's stuck, I finish at 2 that day",
    "Thank you so much to everyone who came to the party on Saturday! Soft play was chaos but the good kind 😂 Sorry about the glitter in the party bags",
    "Does anyone know if the Year 3 trip to the museum needs a packed lunch or are they doing sandwiches there?",
    "Bag of age 5-6 grey pinafores and two cardigans free to a good home, all washed, just message me",
    "Looking for a size 26 school shoe, black, velcro. Anyone got a pair their child's grown out of? Happy to pay!",
    "Cake sale raised £312!!! Thank you to every single person who baked, bought or just ate too many brownies 🧁🎉",
    "Nativity costume panic: does anyone have a tea towel and a dressing gown I could borrow for a shepherd? 🐑",
    "Shout out to whoever lent me the angel wings last year, I still have them! Message me and I'll drop them round",
    "Happy Diwali to all our families celebrating this week 🪔✨ we're doing sparklers in the garden tonight if it stays dry",
    "Eid Mubarak everyone! My daughter is bringing in some sweets for her class tomorrow, no nuts in any of them 💚",
    "Chag sameach to everyone celebrating Passover, my son has been very proud explaining the seder plate to his cousins",
    "Loved the rainbow bunting in the hall for Pride month, my little one spent all tea time telling us about it 🏳️\u200d🌈",
    "The Black History Month assembly was brilliant, my youngest came home reciting facts about a Crimean War nurse all evening",
    "Hi all, we're the Popescu family, just moved here from Romania and our son has started in Year 2. Looking forward to meeting everyone at the gate!",
    "Welcome to the Polish family who've joined Hazel class! If you fancy a coffee after drop off just say, I'm the one with the muddy spaniel",
    "Massive thanks to Ms Okafor for all the support with my son's transition plan, he's actually excited about September now",
    "Just wanted to say my daughter has dyspraxia and she got her pen licence today, absolutely over the moon 🥹",
    "Our lad is autistic and loved the quiet room at the disco, such a thoughtful touch. He lasted the whole hour!",
    "Does anyone know a good maths tutor for Year 6? Nothing intense, just a bit of confidence building before SATs",
    "Can anyone recommend a dentist taking on NHS patients round here? Ours has retired",
    "Swimming lessons recommendations please! Tried the leisure centre but waiting list is a mile long",
    "Second the recommendation for Aqua Tots, both of mine went and can now swim better than me lol",
    "Bug going round again 🤢 we've had sickness since 3am. Staying off for 48 hours obvs",
    "if your kids come home scratching their heads... yep it's nit season again. stocked up on conditioner and a comb, joy",
    "Snow day!!! ❄️ Anyone heading to the big hill by the church? We'll be there about 10 with a sledge and a flask",
    "I would genuinely kill for a lie-in. Three days of 5am wake ups and counting",
    "this homework will be the death of me, who knew fractions could make a grown woman cry 😭",
    "what time does disco finish?",
    "Thanks Mrs Rice for sorting my dinner money muddle, I'd paid for the wrong child twice 🙈",
    "Our cat has gone walkabout near Elm Road, ginger and very fat, answers to Biscuit. Please check your sheds! 🐱",
    "Biscuit is home!!! Found him asleep in next door's greenhouse. Thank you all for looking x",
    "Hamster requests: day 47. Send help 🐹",
    "Football club is back on Tuesday after half term, Mr Pickering says bring shin pads and a water bottle ⚽",
    "Is choir on this week or is it cancelled because of the concert rehearsal? Can't find the letter anywhere, my fault I bin everything",
    "Fundraising quiz night 14th March at the village hall, teams of 6, £5 a head, bring your own snacks. Tickets from the PTA table at pickup",
    "Who wants to join the PTA? We're lovely, we have biscuits, and we only meet once a month I promise",
    "Reminder that it's non uniform day tomorrow, £1 donation for the food bank",
    "Oops, sent mine in full uniform on non uniform day. Parent of the year award goes to me 🏆",
    "Roads are awful this morning, the roundabout by Tesco is gridlocked. Leave 10 mins early if you can",
    "Big thank you to Mrs Bird for standing out there in the rain every single morning, she's a legend ☔",
    "Lost: one small pink glove with a bobble. Its twin is heartbroken",
    "Does anyone have a spare recorder? Ours has mysteriously vanished (I may have hidden it)",
    "Can anyone tell me which day the Year 6 residential letters need to be back? Want to get the deposit sorted",
    "Heads up for half term: the pick your own farm past the garden centre has opened for strawberries. We went yesterday, about £4 a punnet, little play area and a café with decent coffee, and we came back with 3kg of fruit, two very sticky children and a dog who ate more than he picked 🍓",
    "Free kids' activities at the library every Saturday morning over the holidays, Lego club and story time",
    "Anyone know a decent place for a 7th birthday party that isn't soft play? I can't face another one",
    "Laser tag at the retail park was a hit for ours, reasonably priced and they do the food for you",
    "invite for Saturday going in book bags today! pls let me know by weds if you can make it, no worries if not x",
    "My son's been asked to bring something in for show and tell about his heritage, we're doing Jamaican patties if anyone wants the recipe after",
    "Proud mum moment: my eldest read a whole chapter book by himself last night, under the covers with a torch 📚",
    "She got her first swimming badge today!!! 10 metres and no armbands 🏊\u200d♀️💪",
    "Anybody got a Year 4 reading book in their bag by mistake? Ours came home with a book about sharks instead of the Roman one",
    "Happy retirement Mr Wood! Thank you for years of fixing gates, gritting paths and finding lost footballs on the roof",
    "Miss Shah, thank you for the Willow class poetry afternoon, my daughter has been reading her poem to the dog all weekend 💐",
    "Quick question for Acorn parents, does Miss Barnes want the reading records in on Mondays or Fridays?",
    "Uniform shop open Thursday?",
    "Prices of school shoes these days 😳 £45 for something that'll have a hole in by Easter",
    "anyone selling a 20 inch bike? ours has finally outgrown his, like everything else in this house",
    "My own fault entirely but I've signed up to run the tombola at the summer fair. Please donate bottles, I'm begging 🍾",
    "We've got loads of spare jam jars for the summer fair sweet jars, where should I drop them off?",
    "Does anyone fancy a lift share to the swimming gala on Saturday? I have 2 spare seats",
    "Thanks everyone for the get well messages and offers of help last week, you really are a lovely bunch. Finally shaken off this flu after nearly a fortnight flat on the sofa, so I'm back on pickups from Monday and very happy to return the favour to anyone else who's been hit by it. Drink your fluids people!",
    "Roll on summer 🌧️",
    "Just a reminder that the Christmas jumper day is next Friday, there's a rail of donated ones at the PTA stall if anyone needs one",
    "Thanks Mr Hale for the brilliant science week, mine is now obsessed with volcanoes and my kitchen will never recover 🌋",
    "Ramadan Mubarak to everyone fasting, hope the long days go easy on you. Happy to help with any pickups near iftar time",
    "Loved seeing everyone at the Harvest festival, my youngest wouldn't stop singing Cauliflowers Fluffy all the way home 🥦🎶",
)


# The sets the aim is read on: those that shaped neither the shipped models' training posts nor
# the rules.
JUDGED_SETS = ("written_blind_15", "written_blind_16")
# Each set: its key in the results, how the printout names it, its posts.
SETS = (
    ("unseen", "unseen", UNSEEN),
    (
        "written_after_generator",
        "written after an experiment's everyday-feelings generator",
        WRITTEN_AFTER_GENERATOR,
    ),
    ("written_blind", "written blind to the training posts", WRITTEN_BLIND),
    ("written_blind_2", "written blind by a second helper, shaped rule 14", WRITTEN_BLIND_2),
    ("written_blind_3", "written blind by a third helper, shaped rule 14", WRITTEN_BLIND_3),
    ("written_blind_4", "written blind by a fourth helper, shaped rule 14", WRITTEN_BLIND_4),
    (
        "written_blind_5",
        "written blind by a fifth helper, screened after rule 14, shaped rules 10 and 14's last form",
        WRITTEN_BLIND_5,
    ),
    (
        "written_blind_6",
        "written blind by a sixth helper, shaped rules 10 and 14's last form",
        WRITTEN_BLIND_6,
    ),
    (
        "written_blind_7",
        "written blind by a seventh helper, shaped the household readings",
        WRITTEN_BLIND_7,
    ),
    (
        "written_blind_8",
        "written blind by an eighth helper, shaped the household readings",
        WRITTEN_BLIND_8,
    ),
    (
        "written_blind_9",
        "written blind by a ninth helper, shaped the household readings",
        WRITTEN_BLIND_9,
    ),
    (
        "written_blind_10",
        "written blind by a tenth helper, shaped the household readings",
        WRITTEN_BLIND_10,
    ),
    (
        "written_blind_11",
        "written blind by an eleventh helper, shaped the head-lice readings",
        WRITTEN_BLIND_11,
    ),
    (
        "written_blind_12",
        "written blind by a twelfth helper, shaped the head-lice readings",
        WRITTEN_BLIND_12,
    ),
    (
        "written_blind_13",
        "written blind by a thirteenth helper, shaped the service reading",
        WRITTEN_BLIND_13,
    ),
    (
        "written_blind_14",
        "written blind by a fourteenth helper, shaped the service reading",
        WRITTEN_BLIND_14,
    ),
    (
        "written_blind_15",
        "written blind by a fifteenth helper, screened once after the service reading",
        WRITTEN_BLIND_15,
    ),
    (
        "written_blind_16",
        "written blind by a sixteenth helper, screened once after the service reading",
        WRITTEN_BLIND_16,
    ),
    ("shaped_training", "shaped an experiment's training posts", SHAPED_TRAINING),
)


def flagged(screener: Any, posts: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """The posts the whole engine gives a category, with the categories it gives."""
    from schoolgate.screening import Post

    assessments = screener.screen_many([Post(text) for text in posts])
    return [(text, list(a.labels)) for text, a in zip(posts, assessments, strict=True) if a.labels]


def run(screener: Any) -> dict[str, Any]:
    """Screen every set; return, for each, the share of posts wrongly flagged and which."""
    out: dict[str, Any] = {}
    for name, _, posts in SETS:
        wrong = flagged(screener, posts)
        out[name] = {
            "posts": len(posts),
            "wrongly_flagged": len(wrong),
            "share": round(len(wrong) / len(posts), 4),
            "flagged": [{"text": text, "categories": categories} for text, categories in wrong],
        }
    return out


def render(result: dict[str, Any]) -> str:
    """The printout: each set's share of posts wrongly flagged, then those posts."""
    lines = []
    for name, label, _ in SETS:
        part = result[name]
        lines.append(
            f"Everyday school posts ({label}, {part['posts']}): {part['share']:.1%} wrongly "
            f"flagged ({part['wrongly_flagged']})"
        )
        lines += [f"  {', '.join(f['categories'])}: {f['text']}" for f in part["flagged"]]
    return "\n".join(lines)


def main() -> int:
    from schoolgate.screening import Roster, Screener

    roster = REPO / "schoolgate" / "screening" / "training" / "examples" / "demo_roster.csv"
    print(render(run(Screener(roster=Roster.from_csv(roster)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
