"""`counterlink train` and `eval`: fit the scoring model on labelled approaches, and measure a
model beside trivial baselines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from counterlink.cli.output import ModelOption, err, out, user_errors


def register(app: typer.Typer) -> None:
    """Add `train` and `eval` to the `counterlink` app."""
    app.command()(train)
    app.command("eval")(eval_command)


@user_errors
def train(
    data: Annotated[
        list[Path],
        typer.Option(
            "--data",
            "-d",
            help="Labelled approach/1 JSON Lines (repeat for several files).",
            show_default=False,
        ),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the model into (model.json etc.).")
    ],
    sensitive: Annotated[
        list[Path] | None,
        typer.Option(
            "--sensitive",
            help=(
                "Also retrain the sensitive-request model on this file: approach/1 conversations "
                "with annotations.sensitive_info_requests, or {text, asks, types} lines "
                "(repeat for several). Without it the shipped one is used."
            ),
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        bool,
        typer.Option(
            "--text/--no-text",
            help="Stack a conversation text model (TF-IDF + logistic regression) under the scorer.",
        ),
    ] = True,
    accounts: Annotated[
        list[Path] | None,
        typer.Option(
            "--accounts",
            help=(
                "Fit the weight of a reporter's account alone (context.account_only) on the "
                "account-only rows of this labelled file, every other weight fixed (repeat for "
                "several). Rows marked annotations.split = heldout are skipped, never trained on."
            ),
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for the cross-validation folds.")] = 0,
) -> None:
    """Fit the scoring model on labelled approaches and write it with its metrics.

    The same files and seed always give the same model, byte for byte. Use it with
    `check --model DIR`, `scan --model DIR` or `eval --model DIR`.

    [bold]Examples[/]

      counterlink train --data my-cases.jsonl --data data/handwritten/train.jsonl --out mymodel/

      make model   [dim]# rebuilds the shipped model from ../shared/datasets[/]
    """
    from counterlink.learn.train import train as fit

    model = fit(
        data,
        seed=seed,
        sensitive_paths=sensitive or (),
        text=text,
        account_paths=accounts or (),
        progress=lambda message: err.print(f"[dim]{message}[/]"),
    )
    target = model.save(out_dir)
    cv = model.metrics["cross_validated"]
    base = model.metrics["length_baseline"]
    err.print(
        f"cross-validated macro-F1 {cv['macro_f1']:.3f} (length-only baseline "
        f"{base['macro_f1']:.3f}), AUC {cv['auc']:.3f}, ECE {cv['ece']:.3f}"
    )
    calibration = model.scorer.training.get("account_calibration")
    if calibration:
        loo = calibration["leave_one_out"]
        err.print(
            f"an account alone weighs {calibration['offset']:+.2f} (fitted on "
            f"{calibration['rows']} real accounts, {calibration['skipped_heldout']} held-out rows "
            f"skipped; leave-one-out macro-F1 {loo['macro_f1']:.3f}, AUC {loo['auc']:.3f})"
        )
    out.print(str(target), markup=False)


@user_errors
def eval_command(
    data: Annotated[
        list[Path],
        typer.Option(
            "--data",
            "-d",
            help="Labelled approach/1 JSON Lines to evaluate on (repeat for several files).",
            show_default=False,
        ),
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help="Write the whole report as one JSON object.")
    ] = False,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Write a reliability plot (PNG) here.", show_default=False),
    ] = None,
    model: ModelOption = None,
    train_data: Annotated[
        list[Path] | None,
        typer.Option(
            "--train",
            help="Fit the baselines on these files instead of cross-validating them on --data.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for the baselines' folds.")] = 0,
    by: Annotated[
        str,
        typer.Option(
            "--by",
            help="Break the figures down by this annotation: scenario, or e.g. form "
            "(verbatim/description) or language in data/real.",
        ),
    ] = "scenario",
) -> None:
    """Measure a model on labelled approaches: F1, AUC, calibration, early detection, misses
    and false alarms at each level, per scenario, beside a length-only and a TF-IDF baseline.

    [bold]Example[/]

      counterlink eval --data data/handwritten/test.jsonl --plot reliability.png
      counterlink eval --data data/real/heldout.jsonl --by form
    """
    from counterlink.assess import Assessor
    from counterlink.learn.evaluate import evaluate
    from counterlink.learn.report import render_evaluation

    report = evaluate(
        data, assessor=Assessor.from_path(model), train_paths=train_data or (), seed=seed, by=by
    ).as_json()
    if plot is not None:
        from counterlink.learn.plot import reliability_plot

        names = ", ".join(f["name"] for f in report["data"])
        ece = report["conversation"]["ece"]
        reliability_plot(
            report["reliability"], ece, plot, title=f"{report['model']['name']} on {names}"
        )
    if json_output:
        out.print(json.dumps(report, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    for part in render_evaluation(report):
        out.print(part)
    if plot is not None:
        out.print(f"Reliability plot: {plot}", markup=False)
