#!/usr/bin/env python3
"""Runs scim2-tester (PyPI) against a Candor server's /scim/v2 and prints one line per check
and a summary line "scim2-tester: N checks, P passed, F failed, D deviations, S skipped".

Usage: check.py BASE_URL TOKEN   (e.g. http://127.0.0.1:8080/scim/v2)
Exit status: 0 when no check ended in ERROR or CRITICAL, 1 otherwise."""

import sys

import httpx2
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server


def main() -> int:
    base_url, token = sys.argv[1], sys.argv[2]
    http = httpx2.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    client = SyncSCIMClient(http)
    client.discover()
    results = check_server(client)
    counts: dict[str, int] = {}
    for result in results:
        status = result.status.name
        counts[status] = counts.get(status, 0) + 1
        kind = f" [{result.resource_type}]" if result.resource_type else ""
        line = f"{status:8} {result.title}{kind}"
        if result.reason:
            line += f": {result.reason}"
        print(line)
    passed = sum(counts.get(s, 0) for s in ("SUCCESS", "COMPLIANT", "ACCEPTABLE"))
    deviations = counts.get("DEVIATION", 0)
    skipped = counts.get("SKIPPED", 0)
    failed = counts.get("ERROR", 0) + counts.get("CRITICAL", 0)
    print(
        f"scim2-tester: {len(results)} checks, {passed} passed, {failed} failed, "
        f"{deviations} deviations, {skipped} skipped"
    )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
