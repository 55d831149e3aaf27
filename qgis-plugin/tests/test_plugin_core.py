"""Unit tests of the plugin's QGIS-free parts: settings resolution, scene hrefs, result file names, problem
details and the job loop. Run: PYTHONPATH=qgis-plugin python3 -m unittest discover -s qgis-plugin/tests"""
import os
import tempfile
import unittest

from dipmix import connection
from dipmix.client import DipmixClient, ServerError, problem_detail
from dipmix.job_runner import JobCancelled, run_job
from dipmix.result_files import file_safe, unmix_downloads
from dipmix.scene_input import data_dir_href, upload_name


class ConnectionTest(unittest.TestCase):
    def test_environment_overrides_settings_and_blank_values_fall_through(self):
        stored = {'dipmix/server_url': 'http://stored:1', 'dipmix/api_key': 'k1', 'dipmix/data_dir': '/srv/data'}
        c = connection.resolve(stored.get, {'DIPMIX_SERVER_URL': 'http://env:2', 'DIPMIX_API_KEY': ''})
        self.assertEqual(c, connection.Connection('http://env:2', 'k1', '/srv/data'))

    def test_defaults_when_nothing_is_set(self):
        c = connection.resolve(lambda key: None, {})
        self.assertEqual(c, connection.Connection(connection.DEFAULT_SERVER_URL, None, None))


class SceneInputTest(unittest.TestCase):
    def test_file_under_the_data_dir_is_sent_by_relative_href(self):
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.join(root, 'data', 'sub'))
            inside = os.path.join(root, 'data', 'sub', 'scene.tif')
            outside = os.path.join(root, 'scene.tif')
            for p in (inside, outside):
                open(p, 'wb').close()
            link = os.path.join(root, 'link')
            os.symlink(os.path.join(root, 'data'), link)
            self.assertEqual(data_dir_href(inside, os.path.join(root, 'data')), 'sub/scene.tif')
            self.assertEqual(data_dir_href(inside, link), 'sub/scene.tif')
            self.assertIsNone(data_dir_href(outside, os.path.join(root, 'data')))
            self.assertIsNone(data_dir_href(os.path.join(root, 'data-other.tif'), os.path.join(root, 'data')))
            self.assertIsNone(data_dir_href(inside, None))

    def test_upload_names_match_the_servers_rule(self):
        self.assertEqual(upload_name('/x/my scene (v2).img'), 'my_scene__v2_.tif')
        self.assertEqual(upload_name('/x/..hidden.tif'), 'hidden.tif')
        self.assertEqual(upload_name('/x/__ .tif'), 'scene.tif')
        self.assertRegex(upload_name('/x/' + 'a' * 300 + '.tif'), r'^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$')


class ResultFilesTest(unittest.TestCase):
    def test_server_names_are_rebased_on_the_local_output_and_material_qmls_derived(self):
        base = 'http://h/jobs/j1/files/out/'
        results = {'abundances': {'href': base + 'scene.tif', 'type': 'image/tiff'},
                   'style': {'href': base + 'scene.qml', 'type': 'application/xml'},
                   'endmembers': {'href': base + 'scene.endmembers.csv', 'type': 'text/csv'},
                   'r': 4}
        plan = {d.key: (d.url, d.path) for d in unmix_downloads(results, ['dry soil', 'Hypersthene PYX02.h >250u'],
                                                                 '/srv/o/demo.tif')}
        self.assertEqual(plan['abundances'], (base + 'scene.tif', '/srv/o/demo.tif'))
        self.assertEqual(plan['style'][1], '/srv/o/demo.qml')
        self.assertEqual(plan['endmembers'][1], '/srv/o/demo.endmembers.csv')
        self.assertEqual(plan['qml:dry soil'], (base + 'scene.dry_soil.qml', '/srv/o/demo.dry_soil.qml'))
        self.assertEqual(plan['qml:Hypersthene PYX02.h >250u'][1], '/srv/o/demo.Hypersthene_PYX02_h__250u.qml')
        self.assertNotIn('r', plan)

    def test_missing_abundances_is_an_error_naming_what_came(self):
        with self.assertRaisesRegex(ValueError, "no 'abundances'.*'report'"):
            unmix_downloads({'report': {'href': 'http://h/x.json'}}, [], '/srv/o.tif')

    def test_file_safe_matches_the_server(self):
        self.assertEqual(file_safe(' Almandine HS114.3B '), 'Almandine_HS114_3B')


class ProblemDetailTest(unittest.TestCase):
    def test_detail_then_title_then_status(self):
        self.assertEqual(problem_detail(400, b'{"title":"Bad Request","detail":"input \'x\' is wrong"}'),
                         "input 'x' is wrong")
        self.assertEqual(problem_detail(404, b'{"title":"No such job"}'), 'No such job')
        self.assertEqual(problem_detail(502, b'<html>gateway</html>'), 'the dipmix server answered HTTP 502')
        self.assertIn('API key', problem_detail(401, b''))

    def test_client_refuses_a_url_without_scheme(self):
        with self.assertRaisesRegex(ValueError, "must start with http"):
            DipmixClient('localhost:8080')

    def test_unreachable_server_names_the_url(self):
        client = DipmixClient('http://127.0.0.1:9', timeout=5)
        with self.assertRaises(ServerError) as caught:
            client.status('x')
        self.assertEqual(caught.exception.status, 0)
        self.assertIn('http://127.0.0.1:9', str(caught.exception))


class ScriptedClient:
    """Answers status polls from a list of statusInfo documents and records dismissals."""
    base_url = 'http://scripted'

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.dismissed = []

    def execute_async(self, process_id, inputs):
        return dict(self.statuses.pop(0), jobID='j1')

    def status(self, job_id):
        return dict(self.statuses.pop(0), jobID=job_id)

    def dismiss(self, job_id):
        self.dismissed.append(job_id)


class Feedback:
    def __init__(self, cancel_after_polls=None):
        self.progress, self.texts, self.infos = [], [], []
        self.cancel_after_polls = cancel_after_polls
        self.polls = 0

    def isCanceled(self):  # noqa: N802
        self.polls += 1
        return self.cancel_after_polls is not None and self.polls > self.cancel_after_polls

    def setProgress(self, p):  # noqa: N802
        self.progress.append(p)

    def setProgressText(self, t):  # noqa: N802
        self.texts.append(t)

    def pushInfo(self, t):  # noqa: N802
        self.infos.append(t)


def status(state, progress, message):
    return {'status': state, 'progress': progress, 'message': message}


class JobRunnerTest(unittest.TestCase):
    def test_progress_and_each_new_message_reach_the_feedback(self):
        client = ScriptedClient([status('accepted', 0, 'accepted'), status('running', 10, 'NMF'),
                                 status('running', 40, 'NMF'), status('successful', 100, 'completed')])
        fb = Feedback()
        self.assertEqual(run_job(client, 'unmix', {}, fb, poll_seconds=0, sleep=lambda s: None), 'j1')
        self.assertEqual(fb.progress, [0.0, 10.0, 40.0, 100.0])
        self.assertEqual(fb.texts, ['accepted', 'NMF', 'completed'])
        self.assertEqual(client.dismissed, [])

    def test_cancel_dismisses_the_job(self):
        client = ScriptedClient([status('accepted', 0, 'accepted')] + [status('running', 5, 'NMF')] * 5)
        with self.assertRaises(JobCancelled) as caught:
            run_job(client, 'unmix', {}, Feedback(cancel_after_polls=3), poll_seconds=0, sleep=lambda s: None)
        self.assertEqual(client.dismissed, ['j1'])
        self.assertIn('j1 was dismissed', str(caught.exception))

    def test_failed_job_raises_the_servers_message(self):
        client = ScriptedClient([status('running', 0, 'reading'), status('failed', 0, '31 endmembers but 30 bands')])
        with self.assertRaisesRegex(ServerError, 'j1 failed: 31 endmembers but 30 bands'):
            run_job(client, 'unmix', {}, Feedback(), poll_seconds=0, sleep=lambda s: None)


if __name__ == '__main__':
    unittest.main()
