"""Runs the real unmix process through OWSLib's WPS 1.0.0 client: async, raster by reference, outputs as
references, then downloads the abundance GeoTIFF. Prints one line 'RESULT <json>' for the Java test."""
import json
import sys
import urllib.request

from owslib.wps import ASYNC, ComplexDataInput, WebProcessingService

base, out_path = sys.argv[1], sys.argv[2]
wps = WebProcessingService(base + "/wps", version="1.0.0")
desc = wps.describeprocess("unmix")
seen = {"inputs": [i.identifier for i in desc.dataInputs], "outputs": [o.identifier for o in desc.processOutputs]}
ex = wps.execute("unmix", [("input", ComplexDataInput("scene.tif")), ("method", "fclsu"), ("endmembers", "3")],
                 output=[("abundances", True), ("endmembers", True), ("report", True)], mode=ASYNC)
for _ in range(1200):
    if ex.isComplete():
        break
    ex.checkStatus(sleepSecs=0.1)
seen["status"] = ex.status
seen["errors"] = [e.text for e in ex.errors]
seen["outputs_ref"] = {o.identifier: o.reference for o in ex.processOutputs}
ref = seen["outputs_ref"].get("abundances")
if ref:
    with urllib.request.urlopen(ref) as r, open(out_path, "wb") as f:
        f.write(r.read())
print("RESULT " + json.dumps(seen))
