"""Voicemail audio -> text, offline, with faster-whisper (CTranslate2, CPU int8 by default).

The model is resolved and loaded once, when the Transcriber is built, and reused by every
call. `get_transcriber(config)` keeps one per process; a worker process builds it for its
first recording. The daemon checks at start-up that the model is there
(`ingest.models.resolve_model`), so a missing model fails the start, not the first 3 a.m.
voicemail.

Per call: decode and cut at the duration cap (ingest.audio); Silero VAD keeps only the
speech (no speech at all -> an empty, uncertain transcript without running Whisper, which
is where "Thank you for watching" over silence comes from); the language is the mailbox's
if it names one, else the most likely among the configured languages (unrestricted
detection labelled a Dutch clip Latin or Nynorsk); a per-language prompt of the support
domain's words steers spelling ("storing", "dringend", "nicht erreichbar"); afterwards
segments that Whisper itself marks as probable silence, loops of repeated text and
well-known subtitle-credit hallucinations are dropped, and a low overall confidence sets
`uncertain` with a "listen to the recording" warning for the on-call engineer.

CTranslate2 releases the GIL while it computes, so worker threads can transcribe while the
event loop keeps accepting mail.
"""

from __future__ import annotations

import math
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from faster_whisper import WhisperModel
from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

from ingest.audio import SAMPLE_RATE, DecodedAudio, TranscriptionError, decode
from ingest.config import TranscriptionConfig
from ingest.models import ModelNotFound, ResolvedModel, resolve_model

__all__ = [
    "ModelNotFound",
    "Transcriber",
    "Transcript",
    "TranscriptionError",
    "get_transcriber",
    "normalise_language",
]

LISTEN_WARNING = "low confidence: listen to the recording"

# Whisper's own thresholds for "this segment is probably silence/garbage".
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
MAX_COMPRESSION_RATIO = 2.4

# The support domain's words, per language, given to Whisper as its initial prompt: it
# biases spelling toward what callers say about outages. A plain word list, on purpose:
# a prompt written as a sentence ("the website is down, urgent outage") was echoed back
# verbatim over unclear 8 kHz audio, inventing an emergency. `transcription.domain_words`
# replaces a language's list.
DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("website down", "urgent", "checkout", "outage", "customers", "payment", "error"),
    "nl": ("storing", "dringend", "offline", "website", "checkout", "betalen", "klanten"),
    "de": ("Störung", "dringend", "nicht erreichbar", "Webseite", "Checkout", "Kunden"),
    "no": ("nede", "feil", "haster", "nettsiden", "kassen", "checkout", "kunder"),
}

# Text Whisper is known to produce from silence or music (subtitle credits in its training
# data). A segment that is only this is dropped.
_KNOWN_HALLUCINATIONS = re.compile(
    r"^\W*(?:"
    r"(?:thank you for watching|thanks for watching|please subscribe|you|bye)\W*$"
    r"|(?:subtitles by|ondertiteling door|ondertiteld door|untertitel der amara|"
    r"untertitel im auftrag|amara\.org|teksting av)\b.*$"
    r")|^\W*$",
    re.IGNORECASE,
)

# Whisper's code for a language, from what configs and mailboxes say.
_LANGUAGE_ALIASES = {
    "nn": "no",
    "nb": "no",
    "nob": "no",
    "nno": "no",
    "nor": "no",
    "nld": "nl",
    "dut": "nl",
    "deu": "de",
    "ger": "de",
    "eng": "en",
}


def normalise_language(code: str | None) -> str | None:
    """'nl-BE' -> 'nl', 'nb'/'nn' -> 'no' (Whisper has one Norwegian), '' -> None."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return _LANGUAGE_ALIASES.get(base, base) or None


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str | None
    language_probability: float
    duration_s: float
    confidence: float  # 0..1
    uncertain: bool  # low confidence, a guard fired, or nothing recognised
    warnings: tuple[str, ...]


class Transcriber:
    """One loaded Whisper model; `transcribe` may be called from several threads."""

    def __init__(self, config: TranscriptionConfig) -> None:
        self.config = config
        self.model_info: ResolvedModel = resolve_model(config)
        # All Whisper work runs on one dedicated thread. It lowers its own CPU priority
        # (transcription.nice) before it loads the model, and the threads CTranslate2 and
        # ONNX Runtime start from it inherit that: on a busy 2-core host the SMTP event loop
        # then keeps answering in milliseconds while a long voicemail is transcribed. One
        # thread also means two voicemails never fight over the same cpu_threads.
        self._executor = ThreadPoolExecutor(
            max_workers=1,
            thread_name_prefix="whisper",
            initializer=_lower_priority,
            initargs=(config.nice,),
        )
        try:
            self.model: WhisperModel = self._executor.submit(self._load).result()
        except BaseException:
            self._executor.shutdown(wait=False)
            raise
        self.multilingual: bool = bool(self.model.model.is_multilingual)
        self.languages: tuple[str, ...] = tuple(
            dict.fromkeys(
                lang for lang in (normalise_language(x) for x in config.languages) if lang
            )
        )
        self._vad = VadOptions(min_silence_duration_ms=500, speech_pad_ms=300)

    # -- public -------------------------------------------------------------------------

    def transcribe(
        self,
        audio: bytes | Path,
        *,
        filename: str | None = None,
        language: str | None = None,
    ) -> Transcript:
        """Transcribe one recording; raise TranscriptionError for audio that is not audio."""
        if isinstance(audio, Path):
            filename = filename or audio.name
            try:
                data = audio.read_bytes()
            except OSError as exc:
                raise TranscriptionError(f"{audio}: cannot read ({exc.strerror})") from None
        else:
            data = bytes(audio)
        return self._executor.submit(
            self._run, data, filename, normalise_language(language)
        ).result()

    def close(self) -> None:
        """Stop the Whisper thread (the model is freed with the Transcriber)."""
        self._executor.shutdown(wait=True)

    # -- steps --------------------------------------------------------------------------

    def _load(self) -> WhisperModel:
        config = self.config
        try:
            model = WhisperModel(
                self.model_info.location,
                device=config.device,
                compute_type=config.compute_type,
                cpu_threads=config.threads,
                local_files_only=not config.allow_download,
            )
        except Exception as exc:  # corrupt model.bin, bad compute_type, no network, ...
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise ModelNotFound(
                f"transcription.model: cannot load {config.model!r} from "
                f"{self.model_info.location}: {first}"
            ) from None
        # Start Silero's ONNX session here too, so its threads inherit this priority.
        get_speech_timestamps(np.zeros(SAMPLE_RATE, np.float32), VadOptions())
        return model

    def _run(self, data: bytes, filename: str | None, language: str | None) -> Transcript:
        decoded = decode(data, filename=filename, max_duration_s=self.config.max_duration_s)
        return self._transcribe_samples(decoded, language)

    def _transcribe_samples(self, decoded: DecodedAudio, wanted: str | None) -> Transcript:
        warnings: list[str] = []
        if decoded.cut_at_s is not None:
            warnings.append(
                f"audio cut at {decoded.cut_at_s:.0f} s (recording is {decoded.duration_s:.0f} s)"
            )
        speech = self._speech_only(decoded.samples)
        if speech.size < SAMPLE_RATE // 4:
            warnings += ["no speech recognised", LISTEN_WARNING]
            return Transcript("", wanted, 0.0, decoded.duration_s, 0.0, True, tuple(warnings))

        language, language_probability = self._choose_language(speech, wanted, warnings)
        segments, _info = self.model.transcribe(
            speech,
            language=language,
            beam_size=5,
            # Fewer fallback passes than Whisper's six: on bad 8 kHz audio each retry costs a
            # full decode, and the guards below catch what a hotter sample would fix.
            temperature=(0.0, 0.3, 0.6),
            # Each segment stands alone: conditioning on earlier text is what lets one
            # misheard phrase turn into a loop.
            condition_on_previous_text=False,
            initial_prompt=self._prompt(language),
            compression_ratio_threshold=MAX_COMPRESSION_RATIO,
            log_prob_threshold=LOW_LOGPROB,
            no_speech_threshold=NO_SPEECH_PROB,
            vad_filter=False,  # already done on the whole recording above
        )
        kept: list[tuple[str, float, float]] = []  # text, confidence, weight
        dropped: set[str] = set()
        previous = ""
        repeats = 0
        for seg in segments:
            text = seg.text.strip()
            norm = re.sub(r"\W+", " ", text.lower()).strip()
            if seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOW_LOGPROB:
                dropped.add("text over silence")
                continue
            if _KNOWN_HALLUCINATIONS.match(text):
                dropped.add("subtitle-style hallucination")
                continue
            if self._echoes_prompt(norm, language):
                dropped.add("prompt echoed")
                continue
            trimmed = _cut_loop(text)
            if trimmed != text:
                # Keep what came before Whisper got stuck; the loop itself is not speech.
                dropped.add("repeated text")
                text = trimmed
                norm = re.sub(r"\W+", " ", text.lower()).strip()
            if not norm:
                continue
            repeats = repeats + 1 if norm == previous else 0
            if repeats >= 2:  # said twice can be a caller repeating; thrice is a loop
                dropped.add("repeated segment")
                continue
            previous = norm
            seg_conf = math.exp(min(seg.avg_logprob, 0.0)) * (1.0 - seg.no_speech_prob)
            kept.append((text, seg_conf, max(seg.end - seg.start, 0.1)))

        text = " ".join(t for t, _, _ in kept).strip()
        total_weight = sum(w for _, _, w in kept)
        confidence = sum(c * w for _, c, w in kept) / total_weight if total_weight > 0 else 0.0
        if dropped:
            warnings.append("hallucination guard dropped " + ", ".join(sorted(dropped)))
        uncertain = bool(dropped) or not text or confidence < self.config.min_confidence
        if not text:
            warnings.append("no speech recognised")
        if uncertain:
            warnings.append(LISTEN_WARNING)
        return Transcript(
            text=text,
            language=language,
            language_probability=round(language_probability, 4),
            duration_s=decoded.duration_s,
            confidence=round(confidence, 4),
            uncertain=uncertain,
            warnings=tuple(warnings),
        )

    def _words_for(self, language: str | None) -> tuple[str, ...]:
        if not language:
            return ()
        configured = self.config.domain_words.get(language)
        return tuple(configured) if configured is not None else DOMAIN_WORDS.get(language, ())

    def _prompt(self, language: str | None) -> str | None:
        words = self._words_for(language)
        return ", ".join(words) + "." if words else None

    def _echoes_prompt(self, norm: str, language: str | None) -> bool:
        """A segment made only of prompt words is Whisper reading its prompt back."""
        said = norm.split()
        prompt_words = set(re.sub(r"\W+", " ", " ".join(self._words_for(language)).lower()).split())
        return len(said) >= 3 and set(said) <= prompt_words

    def _speech_only(self, samples: np.ndarray) -> np.ndarray:
        """The speech parts of the recording, joined; empty when Silero hears none."""
        stamps = get_speech_timestamps(samples, self._vad)
        if not stamps:
            return np.zeros(0, np.float32)
        chunks, _meta = collect_chunks(samples, stamps)
        return np.concatenate(chunks).astype(np.float32)

    def _choose_language(
        self, speech: np.ndarray, wanted: str | None, warnings: list[str]
    ) -> tuple[str | None, float]:
        if not self.multilingual:
            if wanted and wanted != "en":
                warnings.append(
                    f"model {self.config.model} is English-only; "
                    f"the {wanted!r} recording is transcribed as English"
                )
            return "en", 1.0
        if wanted:
            return wanted, 1.0
        _lang, _prob, all_probs = self.model.detect_language(speech, language_detection_segments=1)
        scores: dict[str, float] = {}
        for code, prob in all_probs:
            key = normalise_language(code) or code
            scores[key] = scores.get(key, 0.0) + prob
        allowed = {lang: scores.get(lang, 0.0) for lang in self.languages} or scores
        best = max(allowed, key=lambda k: allowed[k])
        total = sum(allowed.values())
        # Probability among the allowed languages, so 0.9 means "clearly this one of ours".
        return best, (allowed[best] / total if total > 0 else 0.0)


def _lower_priority(nice: int) -> None:
    """Raise this thread's nice value (Linux: per thread; threads it starts inherit it)."""
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    tid = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, max(current, current + nice)))
    except OSError:
        pass  # not permitted in some sandboxes: transcribe at normal priority


def _cut_loop(text: str, times: int = 3) -> str:
    """Text up to the first phrase (1-8 words) said `times`+ times in a row, said once.

    "klanten kunnen niet betalen, niet meer houten, niet meer houten, niet meer houten"
    -> "klanten kunnen niet betalen, niet meer houten". Text without a loop is returned as is.
    """
    words = text.split()
    keys = [re.sub(r"\W+", "", w.lower()) for w in words]
    for start in range(len(words)):
        for size in range(1, 9):
            if start + size * times > len(words):
                break
            phrase = keys[start : start + size]
            if not any(phrase):
                continue
            needed = times if size > 1 else times + 2  # "nee nee nee" is something people say
            if start + size * needed > len(words):
                continue
            chunks = (keys[start + k * size : start + (k + 1) * size] for k in range(needed))
            if all(chunk == phrase for chunk in chunks):
                return " ".join(words[: start + size]).rstrip(",;")
    return text


_CACHE: dict[str, Transcriber] = {}
_CACHE_LOCK = threading.Lock()


def get_transcriber(config: TranscriptionConfig) -> Transcriber:
    """The Transcriber for `config` in this process, loading the model on first use only."""
    key = config.model_dump_json()
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = Transcriber(config)
            _CACHE[key] = found
        return found
