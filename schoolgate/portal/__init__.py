"""The parents' pages: the policy in public, the draft and photo check, the school's image library."""
