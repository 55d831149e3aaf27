"""Runs one server job to its end, mirroring its progress and messages into a Processing feedback."""
import time

from .client import ServerError


class JobCancelled(Exception):
    """The user cancelled; the server job was dismissed."""

    def __init__(self, job_id):
        super().__init__('cancelled: dipmix job %s was dismissed on the server' % job_id)
        self.job_id = job_id


def run_job(client, process_id, inputs, feedback, poll_seconds=0.5, sleep=time.sleep):
    """Submits ``process_id`` asynchronously and waits for it; returns the job id of a successful job.

    ``feedback`` is a QgsProcessingFeedback (or anything with isCanceled, setProgress, setProgressText and
    pushInfo). Status progress becomes the feedback's progress and each new status message its progress text.
    A cancel dismisses the job on the server (DELETE /jobs/{id}) and raises :class:`JobCancelled`; a failed job
    raises :class:`ServerError` with the server's message.
    """
    info = client.execute_async(process_id, inputs)
    job_id = info['jobID']
    feedback.pushInfo('dipmix job %s (%s) submitted to %s' % (job_id, process_id, client.base_url))
    last_message = None
    while True:
        message = info.get('message') or ''
        if message and message != last_message:
            feedback.setProgressText(message)
            feedback.pushInfo(message)
            last_message = message
        feedback.setProgress(float(info.get('progress') or 0))
        state = info.get('status')
        if state == 'successful':
            return job_id
        if state == 'failed':
            raise ServerError(500, 'dipmix job %s failed: %s' % (job_id, message or 'no message'))
        if state == 'dismissed':
            raise ServerError(410, 'dipmix job %s was dismissed on the server' % job_id)
        if _wait_or_cancel(feedback, poll_seconds, sleep):  # accepted or running
            client.dismiss(job_id)
            raise JobCancelled(job_id)
        info = client.status(job_id)


def _wait_or_cancel(feedback, seconds, sleep):
    """Sleeps in short slices so a cancel is seen quickly; True when the user cancelled."""
    slices = max(1, int(seconds / 0.1))
    for _ in range(slices):
        if feedback.isCanceled():
            return True
        sleep(seconds / slices)
    return feedback.isCanceled()
