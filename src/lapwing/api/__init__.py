"""Lapwing's REST API (FastAPI): :func:`lapwing.api.app.create_app`, served by ``lapwing serve``.
See docs/service.md."""
