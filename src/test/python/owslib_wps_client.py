"""Drives dipmix's WPS 1.0.0 endpoint with OWSLib's WebProcessingService, as a QGIS/script client would.

Usage: owslib_wps_client.py BASE_URL WORK_DIR   (prints one JSON object with what it saw)
"""
import json
import os
import sys

from owslib.wps import ASYNC, SYNC, ComplexDataInput, WebProcessingService

base, work = sys.argv[1], sys.argv[2]
wps = WebProcessingService(base + "/wps")
seen = {"title": wps.identification.title, "processes": [p.identifier for p in wps.processes],
        "operations": [o.name for o in wps.operations]}

desc = wps.describeprocess("copy")
seen["copy_inputs"] = {i.identifier: i.dataType for i in desc.dataInputs}
seen["copy_outputs"] = [o.identifier for o in desc.processOutputs]
slow = wps.describeprocess("slow")
seen["slow_defaults"] = {i.identifier: i.defaultValue for i in slow.dataInputs}

# asynchronous, raster by reference, outputs as references: the unmix shape
ex = wps.execute("copy", [("input", ComplexDataInput("scene.tif"))],
                 output=[("abundances", True), ("bytes", False)], mode=ASYNC)
seen["accepted_status"] = ex.status
polls = 0
while not ex.isComplete() and polls < 600:
    ex.checkStatus(sleepSecs=0.05)
    polls += 1
seen["async_status"] = ex.status
seen["async_outputs"] = {o.identifier: (o.reference or (o.data[0] if o.data else None)) for o in ex.processOutputs}
target = os.path.join(work, "downloaded.tif")
ex.getOutput(filepath=target, identifier="abundances")
seen["downloaded_bytes"] = os.path.getsize(target)

# asynchronous with progress: poll a slow job until it finishes
ex = wps.execute("slow", [("iterations", "40"), ("delayMs", "10")], output=[("table", True)], mode=ASYNC)
percents = []
while not ex.isComplete():
    ex.checkStatus(sleepSecs=0.02)
    percents.append(ex.percentCompleted)
seen["slow_status"] = ex.status
seen["slow_percent_seen"] = sorted(set(p for p in percents if p is not None))

# synchronous literal execution
ex = wps.execute("echo", [("stringInput", "hello wps"), ("doubleInput", "2.5")], mode=SYNC)
seen["sync_status"] = ex.status
seen["sync_outputs"] = {o.identifier: o.data[0] for o in ex.processOutputs}

# a failure carries the process's message
ex = wps.execute("slow", [("iterations", "1"), ("fail", "true")], mode=SYNC)
seen["failed_status"] = ex.status
seen["failed_errors"] = [e.text for e in ex.errors]

print("RESULT " + json.dumps(seen))
