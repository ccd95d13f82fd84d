"""`lapwing model ...` commands (mounted by the main CLI as `lapwing model`)."""

from __future__ import annotations

import typer

model_app = typer.Typer(
    help="Lapwing's shipped English spaCy pipeline.", no_args_is_help=True
)
app = model_app


@model_app.command("evaluate")
def evaluate_cmd(
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    model: str | None = typer.Option(
        None, "--model", help="Pipeline to score (default: the shipped model)."
    ),
    data: str | None = typer.Option(
        None, "--data", help="Shared data directory (default: ../shared/data)."
    ),
    limit: int | None = typer.Option(
        None, "--limit", help="Score only the first N documents of each test set."
    ),
) -> None:
    """Score the pipeline on UD_English-EWT test (UPOS/UAS/LAS/sentences) and UNER_English-EWT test (NER)."""
    from lapwing.nlp.evaluate import DataNotFound, evaluate

    try:
        evaluate(
            json_out=json_out, model=model, data_dir=data, limit=limit, echo=typer.echo
        )
    except DataNotFound as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)


@model_app.command("info")
def info_cmd() -> None:
    """Show which pipeline `lapwing.nlp.load()` would use and its components."""
    from lapwing.nlp import describe, load, shipped_model_path

    nlp = load()
    typer.echo(
        f"{describe(nlp)}  path={shipped_model_path()}  pipeline={', '.join(nlp.pipe_names)}"
    )


if __name__ == "__main__":  # pragma: no cover
    model_app()
