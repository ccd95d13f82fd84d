"""Quotes: direct and indirect speech with speaker, cue and channel.

Direct quotes are found on the characters (quotation marks, straight or curly,
paired within a paragraph; an unclosed quote runs to the end of its paragraph,
the news convention for quotes that continue into the next paragraph). Each is
attributed to a cue verb in the text around it ("...," he said / X said: "...")
or, for a quote standing on its own, to the sentence before (ending in a colon,
or naming a speaker with nothing else said), the sentence after ("X said."), or
the quote just before it (continuation paragraphs).

Indirect speech comes from the parse: a cue verb with a clausal complement
("Maduro tweeted he had spoken to the commanders", "X said that Y"), a cue
clause after its content ("Y, X said"), and "according to X".

The speaker is the subject of the cue (the object of "according to"), resolved
by the actor extractor's ``actor_for_token`` when it exists, else an Actor made
from the subject's words, without codes. No cue, no speaker: ``speaker`` is null.

Cue verbs, cue phrases and channel phrases are data: ``lexicons/speech_verbs.tsv``.

Modules by job: ``cues`` (the lexicon, cue words), ``segmentation`` (quotation marks, where reported speech
starts and ends), ``subjects`` (a cue's subject, however the parser hung it), ``speakers`` (who spoke: the speaker's
words and names), ``pronouns`` (who a he/she/it speaker the coreference left open stands for), ``channels`` (how), ``reported`` (reported speech from the parse; ``cue_after``, a cue clause after its content; ``reported_nouns``,
speech nouns, "according to" and polls; ``reported_bounds``, where a reported clause starts and ends), ``objects`` (cues whose
content is their object or their to-clause), ``attribution`` (putting them together), ``keeping`` (which of them are
quotes, as the schema's Quote), ``index`` (per-document lookups read once, so the work grows with the quotes),
``colon_intro`` (who speaks for a clause ending in a colon), ``nested`` (a cue clause reported by someone else),
``reporter_tail`` (a reporter's clause closing the sentence is not the inner cue's content),
``linear_subject`` (a cue's subject read on its sentence's words when the parse lost it), ``paragraph_speaker`` (a
quote with no cue going on its paragraph's speaker), ``in_view`` ("in X's view"), ``as_reported`` ("as the Courier
reported, A"), ``cue_inside`` (an inverted cue clause inside the sentence it reports, and what a cue clause after its
content does not report), ``fronted_phrase`` ('In a video posted on ..., the premier called on A ... and urged B ...': a
main clause the parser hung inside the fronted phrase), ``bare_verb`` ('"...," an angry mayor retaliated.': a verb the lexicon does not list),
``noun_intro`` ('The mayor issued a statement, "..."'), ``time_participle`` ('After months of refusing ..., Ruiz ...': a
participle hung on a time speaks for the main clause's subject), ``closing_cue`` ('A, the ministry said.': a cue
clause closing its sentence read on the words when the parse lost it), ``several_speakers`` ('Kenya, Japan and the World
Bank said': all of them the speaker), ``second_cue`` ('said A would ... and urged B to C': a second cue the parser hung
inside the first content), ``full_name`` ('Moyo said' after 'Tendai Moyo arrived': a surname-only speaker's
full name), ``things`` ('presented the budget': a verb of handing over a thing, whose object is no words),
``object_clause`` ('said [the chief] called for calm': a clause the parser made the cue's object), ``signed_text`` (a
quoted text signed at its end, 'For the Council, its spokesman, X."': the body signed for), ``named_after`` ('the
main opposition leader called on ... / Senator X ... made the appeal': a described speaker named by the next sentence).
"""

from __future__ import annotations

from lapwing.extract.registry import Context, extractor
from lapwing.extract.quotes.cues import *  # noqa: F401,F403
from lapwing.extract.quotes.cues import (COMPLEMENT_DEPS, LEXICON_PATH, SUBJ_DEPS, Cue, SpeechLexicon, is_cue_verb,
                                        lexicon, load_speech_lexicon)
from lapwing.extract.quotes.segmentation import (CLOSERS, OPENERS, QUOTE_CHARS, Marked, find_marked)
from lapwing.extract.quotes.speakers import _actors_module, make_speaker, speaker_span
from lapwing.extract.quotes.channels import _find_channel
from lapwing.extract.quotes.attribution import extract_quotes

__all__ = ["CLOSERS", "COMPLEMENT_DEPS", "Cue", "LEXICON_PATH", "Marked", "OPENERS", "QUOTE_CHARS", "SUBJ_DEPS",
           "SpeechLexicon", "extract_quotes", "find_marked", "is_cue_verb", "lexicon", "load_speech_lexicon",
           "make_speaker", "quotes", "speaker_span"]


@extractor("quotes", description="Direct and indirect quotes with speaker, cue and channel")
def quotes(ctx: Context) -> None:
    ctx.record.quotes = extract_quotes(ctx)
