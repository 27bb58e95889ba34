"""`counterlink serve`: the web app for security teams (needs the ``web`` extra)."""

from __future__ import annotations

from typing import Annotated

import typer

from counterlink.cli.output import DatabaseOption, err, out, user_errors


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


@user_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    database: DatabaseOption = None,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Seed demo users and realistic demo reports first (only into an empty database).",
        ),
    ] = False,
    proxy_headers: Annotated[
        bool,
        typer.Option(
            help="Trust X-Forwarded-* from the proxy in front (for HTTPS and client IPs)."
        ),
    ] = False,
) -> None:
    """Start the web app: staff report approaches, analysts triage them as cases.

    The database is migrated on start. Database URL from --database or
    COUNTERLINK_DATABASE_URL (default: a SQLite file in the user data folder).

    [bold]Examples[/]

      counterlink user add alice --role admin
      counterlink serve --port 8000

      COUNTERLINK_DATABASE_URL=postgresql://counterlink@db/counterlink counterlink serve
    """
    try:
        import uvicorn

        from counterlink.web.app import create_app
        from counterlink.web.settings import Settings
    except ImportError:
        err.print("counterlink serve needs the web extra: pip install 'counterlink[web]'")
        raise typer.Exit(2) from None
    settings = Settings.from_env(database)
    app = create_app(settings)
    if demo:
        from counterlink.web.demo import seed_demo

        logins = seed_demo(app.state.sessions, app.state.assessor)
        if logins:
            out.print("Demo logins (name / password):", markup=False)
            for name, role, password in logins:
                out.print(f"  {role:<9} {name} / {password}", markup=False)
        else:
            out.print("The database already holds data: demo seeding skipped.", markup=False)
    out.print(f"counterlink is running at http://{host}:{port}/  (Ctrl+C to stop)", markup=False)
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="warning")
