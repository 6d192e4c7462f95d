"""How sure each piece of the rules' evidence is."""

# Scores the rules give their evidence. The screener decides a label when the best evidence for
# it reaches 0.5 (screener.THRESHOLD), so each score sits on one side of that line on purpose.
#
# Words that say it outright (a slur, a threat, sexual content, an announced campaign): the
# rules' highest score, kept below 1 because a rule cannot read irony or quotation as a person can.
CERTAIN = 0.9
# Decided by reading the words in context (someone identified, a group named, stated as fact):
# decided, a little below CERTAIN so that findings resting on more inference rank after it.
DECIDED = 0.85
# Decided, but only just: an insult at no one identified, in a post about the school, is read as
# a complaint about the school; the least sure of the decisions, and shown as such.
LEANING = 0.6
# Words kept to show the reader, that decide nothing alone (no one identified, asked rather than
# stated, given as opinion): below the threshold, so only other evidence can decide the label.
WEAK = 0.3
