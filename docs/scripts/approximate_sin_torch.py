#!/usr/bin/env python3
"""Fit sin(2 pi x) on [0, 1] with 1 -> H -> 1 sigmoid networks in PyTorch, as `approximate` does.

200 training points on an even grid, 5000 full-batch Adam steps at learning rate 0.01, mean
squared error; errors measured on the midpoints of 1000 equal cells. Prints one line per width:
H, max |error|, mean |error|. Needs Debian's python3-torch.
Usage: approximate_sin_torch.py [SEED]
"""
import math
import sys

import torch

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
torch.set_num_threads(1)
x = torch.linspace(0, 1, 200).reshape(-1, 1)
y = torch.sin(2 * math.pi * x)
grid = ((torch.arange(1000) + 0.5) / 1000).reshape(-1, 1)
target = torch.sin(2 * math.pi * grid)

for hidden in (1, 2, 4, 8, 16, 32, 64):
    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(1, hidden), torch.nn.Sigmoid(),
                              torch.nn.Linear(hidden, 1))
    optimizer = torch.optim.Adam(net.parameters(), lr=0.01)
    for _ in range(5000):
        loss = torch.nn.functional.mse_loss(net(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        error = (net(grid) - target).abs()
    print(f"{hidden:3d}  {error.max().item():.4f}  {error.mean().item():.4f}")
