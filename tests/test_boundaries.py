"""The core never imports a front end's framework (STYLE.md: thin front ends over one core)."""

import subprocess
import sys

CORE = [
    "counterlink.schema",
    "counterlink.errors",
    "counterlink.ingest",
    "counterlink.ingest.approach_json",
    "counterlink.ingest.eml",
    "counterlink.ingest.linkedin",
    "counterlink.signals.registry",
    "counterlink.assess",
    "counterlink.model",
    "counterlink.learn.metrics",
    "counterlink.learn.train",
    "counterlink.learn.evaluate",
    "counterlink.campaigns",
    "counterlink.campaigns.stream",
    "counterlink.synth",
    "counterlink.campaigns.quality",
]
# rich is not listed: scikit-learn (used by training) imports it itself.
FRAMEWORKS = ["typer", "click", "fastapi", "starlette", "sqlalchemy", "dask", "uvicorn"]


def test_core_imports_no_front_end_framework() -> None:
    code = (
        "import sys\n"
        f"for name in {CORE!r}: __import__(name)\n"
        "from counterlink.signals.registry import default_registry\n"
        "default_registry()\n"
        f"print(sorted(m for m in {FRAMEWORKS!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_the_registry_runs_no_detector_code() -> None:
    code = (
        "import sys\n"
        "import counterlink.signals.registry\n"
        "print(sorted(m for m in sys.modules if m.startswith('counterlink.signals.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['counterlink.signals.base', 'counterlink.signals.registry']"
