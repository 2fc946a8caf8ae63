#!/usr/bin/env python3
"""Checks Vote-MI's DBSCAN against scikit-learn's on the same embeddings, and times both.

Input: folders written by `brainmd select --db FILE --case ID --debug-dir DIR` (the patch
embeddings, our DBSCAN labels, and the eps / minPts actually used, with the stage times).
For each folder, scikit-learn's DBSCAN runs with the same eps and min_samples = minPts
(both count the point itself) and Euclidean distance. Core points and noise are defined
without ambiguity, so they must agree exactly, and so must the partition of the core
points into clusters. A border point within eps of cores of two clusters goes to whichever
cluster reaches it first, which depends on the expansion order; those are counted, not
failed. Also prints scikit-learn's k-NN time for the same k-distance query (eps stage).

Needs python3-numpy and python3-sklearn (Debian packages; not needed by the build).
Usage: dbscan_vs_sklearn.py DEBUG_DIR [DEBUG_DIR ...]
Exit status 1 when any core, noise or core-partition mismatch is found.
"""
import json
import os
import sys
import time

import numpy as np
from sklearn.cluster import DBSCAN
from sklearn.neighbors import NearestNeighbors


def compare(folder):
    embeddings = np.load(f"{folder}/embeddings.npy")
    ours = np.load(f"{folder}/labels.npy")
    parameters = json.load(open(f"{folder}/parameters.json"))
    timings = json.load(open(f"{folder}/selection.json")).get("timings", {})
    eps, min_pts = float(parameters["eps"]), int(parameters["minPts"])

    start = time.perf_counter()
    fitted = DBSCAN(eps=eps, min_samples=min_pts, algorithm="kd_tree", n_jobs=1).fit(embeddings)
    sklearn_seconds = time.perf_counter() - start
    theirs = fitted.labels_
    core = np.zeros(len(theirs), dtype=bool)
    core[fitted.core_sample_indices_] = True

    start = time.perf_counter()
    NearestNeighbors(n_neighbors=min_pts + 1, algorithm="kd_tree", n_jobs=1).fit(
        embeddings).kneighbors(embeddings[:: max(1, len(embeddings) // 2048)])
    knn_seconds = time.perf_counter() - start

    noise_mismatch = int(np.sum((ours < 0) != (theirs < 0)))
    # The core partition: each of our clusters must map to exactly one of theirs.
    pairs = {(int(a), int(b)) for a, b in zip(ours[core], theirs[core])}
    ours_to_theirs, theirs_to_ours = {}, {}
    split = 0
    for a, b in pairs:
        if ours_to_theirs.setdefault(a, b) != b or theirs_to_ours.setdefault(b, a) != a:
            split += 1
    border = (~core) & (ours >= 0) & (theirs >= 0)
    border_moved = int(sum(ours_to_theirs.get(int(a)) != int(b)
                           for a, b in zip(ours[border], theirs[border])))
    clusters = (len(set(ours.tolist()) - {-1}), len(set(theirs.tolist()) - {-1}))
    print(f"{folder}: {len(embeddings)} points, eps {eps:.4f}, minPts {min_pts}; "
          f"clusters ours {clusters[0]} / sklearn {clusters[1]}; noise mismatches "
          f"{noise_mismatch}; core partition conflicts {split}; border points assigned to "
          f"another cluster {border_moved} of {int(border.sum())}")
    print(f"    time: ours dbscan {timings.get('dbscan', float('nan')):.3f} s, eps "
          f"{timings.get('eps', float('nan')):.3f} s | sklearn DBSCAN {sklearn_seconds:.3f} s, "
          f"k-distance query {knn_seconds:.3f} s")
    return noise_mismatch == 0 and split == 0 and clusters[0] == clusters[1]


def main(folders):
    if not folders:
        print(__doc__)
        return 2
    needed = ("embeddings.npy", "labels.npy", "parameters.json", "selection.json")
    for folder in folders:
        missing = [name for name in needed if not os.path.isfile(os.path.join(folder, name))]
        if missing:
            print(f"{folder}: not a `brainmd select --debug-dir` folder (missing "
                  f"{', '.join(missing)})", file=sys.stderr)
            return 2
    ok = all([compare(folder) for folder in folders])
    print("all agree" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
