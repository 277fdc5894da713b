"""The reading steps of a classification.

Each `_drop_*` step gets the text of one field, the rules found so far (`found`) and those
this field added (`new`), and forgets the matches its reading shows are not a failure
happening now: a case supposed or feared (`supposed`), an outage over (`past`, `over`), a
failure heard of elsewhere (`reported`), words to write or a request (`requested`), a link or
change the writers made themselves (`planted`), one payment method among others
(`payment`), a word that names something other than the site (`naming`), a part of the users
or devices (`scope`). `classifiers.engine.classify` runs them in order, field by field.
"""
