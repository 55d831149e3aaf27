"""HTTP client of a dipmix server (OGC API - Processes), standard library only.

Every failure surfaces as :class:`ServerError` whose message is what a user should read: the server's problem
detail when it sent one, else the HTTP status or the network error.
"""
import json
import os
import shutil
import urllib.error
import urllib.parse
import urllib.request


class ServerError(Exception):
    """A request the server refused or could not be sent. ``status`` is the HTTP status, 0 for network errors."""

    def __init__(self, status, detail):
        super().__init__(detail)
        self.status = status
        self.detail = detail


class DipmixClient:
    """One dipmix server. ``base_url`` like ``http://host:8080``; ``api_key`` None when the server needs none."""

    def __init__(self, base_url, api_key=None, timeout=60.0):
        if not base_url or not base_url.lower().startswith(('http://', 'https://')):
            raise ValueError("the dipmix server URL must start with http:// or https://, got '%s'" % (base_url,))
        self.base_url = base_url.rstrip('/')
        self.api_key = api_key or None
        self.timeout = timeout

    def url(self, path):
        """Absolute URL of a server path ('/jobs/1'); absolute URLs are returned unchanged."""
        if path.lower().startswith(('http://', 'https://')):
            return path
        return self.base_url + '/' + path.lstrip('/')

    def execute_async(self, process_id, inputs):
        """Submits a job; returns its first statusInfo (jobID, status, progress, message)."""
        body = json.dumps({'inputs': inputs}).encode('utf-8')
        return self._json('POST', '/processes/%s/execution' % urllib.parse.quote(process_id), body,
                          {'Content-Type': 'application/json', 'Prefer': 'respond-async'})

    def status(self, job_id):
        return self._json('GET', '/jobs/' + urllib.parse.quote(job_id))

    def results(self, job_id):
        """{outputId: {"href", "type"} or inline value} of a successful job."""
        return self._json('GET', '/jobs/%s/results' % urllib.parse.quote(job_id))

    def dismiss(self, job_id):
        """Cancels a running job or deletes a finished one's results; returns its statusInfo."""
        return self._json('DELETE', '/jobs/' + urllib.parse.quote(job_id))

    def upload(self, path, name):
        """Uploads a local file; returns the href ('uploads/<uuid>/<name>') process inputs accept."""
        size = os.path.getsize(path)
        with open(path, 'rb') as body:
            answer = self._json('POST', '/uploads?name=' + urllib.parse.quote(name), body,
                                {'Content-Type': 'application/octet-stream', 'Content-Length': str(size)},
                                timeout=max(self.timeout, 600.0))
        return answer['href']

    def get_json(self, url):
        return self._json('GET', url)

    def download(self, url, destination):
        """Streams a file from the server to ``destination`` (replaced when it exists)."""
        partial = destination + '.part'
        try:
            with self._open('GET', url) as response, open(partial, 'wb') as out:
                shutil.copyfileobj(response, out, 1 << 16)
        except BaseException:
            if os.path.exists(partial):
                os.remove(partial)
            raise
        os.replace(partial, destination)
        return destination

    def _json(self, method, path, body=None, headers=None, timeout=None):
        with self._open(method, path, body, headers, timeout) as response:
            data = response.read()
        try:
            return json.loads(data.decode('utf-8'))
        except ValueError:
            raise ServerError(response.status, "the server at %s did not answer JSON to %s %s"
                              % (self.base_url, method, path))

    def _open(self, method, path, body=None, headers=None, timeout=None):
        request = urllib.request.Request(self.url(path), data=body, method=method)
        request.add_header('Accept', 'application/json')
        if self.api_key:
            request.add_header('Authorization', 'Bearer ' + self.api_key)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            return urllib.request.urlopen(request, timeout=timeout or self.timeout)
        except urllib.error.HTTPError as e:
            raise ServerError(e.code, problem_detail(e.code, e.read()))
        except urllib.error.URLError as e:
            raise ServerError(0, 'cannot reach the dipmix server at %s: %s' % (self.base_url, e.reason))
        except OSError as e:  # timeouts and resets after the connection was made
            raise ServerError(0, 'dipmix server at %s: %s' % (self.base_url, e))


def problem_detail(status, body):
    """The user-facing text of an error answer: RFC 7807 'detail' (or 'title'), else the HTTP status."""
    try:
        problem = json.loads(body.decode('utf-8'))
        text = problem.get('detail') or problem.get('title')
        if text:
            return str(text)
    except (ValueError, AttributeError, UnicodeDecodeError):
        pass
    if status == 401:
        return 'the dipmix server needs an API key (set dipmix/api_key or DIPMIX_API_KEY)'
    return 'the dipmix server answered HTTP %d' % status
