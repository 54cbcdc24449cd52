"""Upload: add documents (bounded in size and type) and watch their ingestion progress.

The POST queues the files on the writer thread and answers at once with a job; the job's page
polls its JSON twin (/upload/jobs/ID.json) until every file is ingested.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse

from ...ingest import SUPPORTED
from ..jobs import Job
from ..pages import page, to_data
from ..params import DbId
from ..security import require_writer

router = APIRouter(tags=["upload"])

MAX_FILES = 50


def _job(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "state": job.state,
        "done": job.done,
        "total": job.total,
        "actor": job.actor,
        "files": job.files,
        "results": job.results,
    }


@page(router, "/upload", "upload.html")
def upload_page(request: Request) -> dict[str, Any]:
    """The upload form, with the jobs of this server run."""
    jobs = request.app.state.writer.jobs
    return {
        "jobs": [_job(j) for j in sorted(jobs.values(), key=lambda j: -j.id)],
        "types": sorted(SUPPORTED),
        "max_bytes": request.app.state.max_upload,
        "max_files": MAX_FILES,
    }


@page(router, "/upload/jobs/{job_id}", "job.html")
def job_status(request: Request, job_id: DbId) -> dict[str, Any]:
    """The progress of one upload: how many files are done, and what each added."""
    job = request.app.state.writer.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no upload job {job_id}")
    return _job(job)


async def _read_bounded(upload: UploadFile, limit: int) -> bytes:
    chunks, size = [], 0
    while chunk := await upload.read(1 << 16):
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"{upload.filename}: over the {limit} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/upload", status_code=202, summary="Upload documents (.txt .md .html .pdf .docx) to ingest")
async def upload(request: Request, files: list[UploadFile], actor: str = Depends(require_writer),
                 language: str = Form("auto", pattern="^(auto|fr|en)$",
                                      description="the files' language, or auto to identify each one's")) -> Any:
    if not files or len(files) > MAX_FILES:
        raise HTTPException(422, f"send 1 to {MAX_FILES} files")
    limit: int = request.app.state.max_upload
    batch: list[tuple[str, bytes]] = []
    for f in files:
        name = PurePath(f.filename or "upload").name  # never a path from the client
        if PurePath(name).suffix.lower() not in SUPPORTED:
            raise HTTPException(415, f"{name}: not one of {', '.join(sorted(SUPPORTED))}")
        batch.append((name, await _read_bounded(f, limit)))
    job = request.app.state.writer.ingest(batch, actor, None if language == "auto" else language)
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse(f"/upload/jobs/{job.id}", status_code=303)
    return JSONResponse(
        to_data(_job(job)),
        status_code=202,
        headers={"Location": f"/upload/jobs/{job.id}.json"},
    )
