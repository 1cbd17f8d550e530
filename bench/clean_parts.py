"""Where the clean stage's CPU time goes: inclusive CPU time (`time.process_time`) per cleaning
function over the corpus `bench/throughput.py` builds, and the stage's own total.

Run from the repo root: `python bench/clean_parts.py [--n 300] [--no-wrap]`. Each listed function
is wrapped with an accumulator in every eventwire module that binds it (about 1 µs a call);
`--no-wrap` times the stage alone. Figures are ms of CPU per input article; nested functions
are included in their callers' figures.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

WRAPPED = {
    "eventwire.clean.html": "clean_html parse_page page_metadata drop_hover_cards extract_text "
    "run_extraction suspicion count_copies keep_share",
    "eventwire.clean.text": "fix_encoding clean_guarded clean_paragraphs match_junk is_date_line "
    "word_key strip_wire_tag drop_repeated_runs cut_language_links looks_like_title",
    "eventwire.clean.step": "decode_with_info estimate_published normalise_words id_of_words "
    "detect_language signature_of_words",
}


def wrap_all(acc: dict[str, float], calls: dict[str, int]) -> None:
    """Put an accumulator around each WRAPPED function, wherever eventwire binds it."""
    import importlib

    def wrapper(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                acc[name] += time.process_time() - t
                calls[name] += 1
        return timed

    for module, names in WRAPPED.items():
        mod = importlib.import_module(module)
        for name in names.split():
            f = getattr(mod, name)
            w = wrapper(name, f)
            for m in list(sys.modules.values()):
                if getattr(m, "__name__", "").startswith("eventwire") and getattr(m, name, None) is f:
                    setattr(m, name, w)


def main(argv: list[str] | None = None) -> None:
    import throughput

    from eventwire.pipeline import read_documents, run_steps, worker_stages
    from eventwire.settings import Options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--wrap", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    options = Options(progress=False)
    with tempfile.TemporaryDirectory() as tmp:
        raw = list(read_documents(throughput.build_corpus(Path(tmp), args.n), options))
    cleaning = worker_stages(("clean",), options)
    run_steps(cleaning, copy.deepcopy(raw[:5]))  # imports and the language model, not timed
    acc: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    if args.wrap:
        wrap_all(acc, calls)
    t = time.process_time()
    run_steps(cleaning, raw)
    total = time.process_time() - t
    n = len(raw)
    print(f"clean stage: {1000 * total / n:.2f} ms of CPU an article ({n} articles)")
    for name, seconds in sorted(acc.items(), key=lambda kv: -kv[1]):
        print(f"{name:22s} {1000 * seconds / n:7.2f} ms  {calls[name]:7d} calls")


if __name__ == "__main__":
    main()
