#!/usr/bin/python3
"""The UnDIP reference network (GUIDE 2) in PyTorch, for timing next to the ND4J implementation.

Random data of Jasper size by default; Adam 1e-3, MSE loss against Y, exponential average 0.99.
Prints one JSON line like UndipBench. Usage: undip_torch.py [iterations] [warmup] [w] [h] [bands] [r]
"""
import json
import resource
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(2)


def conv3(cin, cout, stride=1):
    return [nn.ReflectionPad2d(1), nn.Conv2d(cin, cout, 3, stride), nn.BatchNorm2d(cout), nn.LeakyReLU(0.1)]


def conv1(cin, cout):
    return [nn.Conv2d(cin, cout, 1), nn.BatchNorm2d(cout), nn.LeakyReLU(0.1)]


class UnDIP(nn.Module):
    def __init__(self, r, skip=4, width=256):
        super().__init__()
        self.skip = nn.Sequential(*conv1(r, skip))
        self.deep = nn.Sequential(*conv3(r, width, 2), *conv3(width, width),
                                  nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False))
        self.head = nn.Sequential(nn.BatchNorm2d(skip + width), *conv3(skip + width, width), *conv1(width, width),
                                  nn.Conv2d(width, r, 1), nn.Softmax(dim=1))

    def forward(self, z):
        s = self.skip(z)
        d = self.deep(z)
        h, w = min(s.shape[2], d.shape[2]), min(s.shape[3], d.shape[3])
        s = s[:, :, (s.shape[2] - h) // 2:(s.shape[2] - h) // 2 + h, (s.shape[3] - w) // 2:(s.shape[3] - w) // 2 + w]
        d = d[:, :, (d.shape[2] - h) // 2:(d.shape[2] - h) // 2 + h, (d.shape[3] - w) // 2:(d.shape[3] - w) // 2 + w]
        return self.head(torch.cat([s, d], 1))


def main():
    a = [int(x) for x in sys.argv[1:]]
    iterations, warmup, w, h, p, r = (a + [30, 3, 100, 100, 198, 4][len(a):])[:6]
    torch.manual_seed(1)
    e = torch.rand(p, r)
    ab = torch.rand(r, h * w)
    ab = ab / ab.sum(0, keepdim=True)
    y = e @ ab
    z = torch.rand(1, r, h, w) * 0.1
    net = UnDIP(r)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    mse = nn.MSELoss()
    avg = None
    stamps = [time.perf_counter()]
    cpu = [time.process_time()]
    loss = None
    for _ in range(iterations):
        opt.zero_grad()
        out = net(z)
        loss = mse(e @ out.reshape(r, h * w), y)
        loss.backward()
        opt.step()
        with torch.no_grad():
            avg = out.detach().clone() if avg is None else avg * 0.99 + out.detach() * 0.01
        stamps.append(time.perf_counter())
        cpu.append(time.process_time())
    dt = sorted(stamps[i + 1] - stamps[i] for i in range(warmup, iterations))
    mean = sum(dt) / len(dt)
    med = dt[len(dt) // 2]
    print(json.dumps({"impl": "torch " + torch.__version__, "iterations": iterations, "median_s": round(med, 4),
                      "mean_s": round(mean, 4),
                      "cpu_s": round((cpu[iterations] - cpu[warmup]) / (iterations - warmup), 4), "gflops_at_49": round(49 / med, 1), "final_loss": float(loss),
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))


if __name__ == '__main__':
    main()
