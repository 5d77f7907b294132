"""Extraction on a Dask cluster: the same map over reports as the local engine, so the same shards.

Dask rather than Ray: extraction is a plain map of a pure function over reports, which Dask's futures do with a
small pure-Python install (dask, distributed) and one scheduler process; Ray brings a much larger wheel, an object
store and daemons per node for features a map does not use. Install with `pip install 'kg-gov-reports[cluster]'`."""
from __future__ import annotations

import os
from collections.abc import Iterator

from kg.model import Report


class ClusterError(Exception):
    """A one-line problem with the cluster."""


def _version(learned: bool = False) -> str:
    from kg.shards import extractor_version

    return extractor_version(learned)


class DaskEngine:
    """Reports sent to the workers of a Dask scheduler (address), or of a local cluster of `workers` processes;
    each worker loads the pipeline once and returns shards."""

    def __init__(self, address: str | None = None, workers: int = 0, learned: bool = False):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("the dask engine needs the cluster extra: pip install 'kg-gov-reports[cluster]'") from None
        self.cluster = None
        self.learned = learned
        try:
            if address:
                self.client = Client(address, timeout="30s")
            else:
                self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as e:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        ours = _version(learned)
        theirs = {v for v in self.client.run(_version, learned).values()}
        if theirs - {ours}:
            self.close()
            raise ClusterError(f"the Dask workers run another kg or other extractor data (version "
                               f"{', '.join(sorted(theirs - {ours}))}, here {ours}): install the same kg on every node")

    def map(self, reports: list[Report]) -> Iterator[tuple[Report, dict]]:
        from distributed import as_completed

        from kg.build import shard_of

        if not reports:
            return
        order = sorted(reports, key=lambda r: -r.chars)
        futures = {f: r for f, r in zip(self.client.map(shard_of, order, learned=self.learned, pure=False), order)}
        for future, shard in as_completed(futures, with_results=True):
            yield futures.pop(future), shard

    def close(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
