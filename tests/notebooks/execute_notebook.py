"""Execute one notebook headless with nbclient and record what each code cell did.

Usage: python3 execute_notebook.py NOTEBOOK KERNEL OUTPUT TIMEOUT_SECONDS

The kernel runs in the notebook's folder (so `import ... from 'eq-negotiator'` resolves through
the repository's node_modules) with this process's environment. Cells are executed with
allow_errors so that every cell runs and the report lists every failure; each code cell gets
`metadata.eqn_execution = {status, ename, evalue, seconds}` from its execute reply (tslab reports
TypeScript compile errors only as a stderr stream and an error reply, not as an error output).
Prints one JSON line: {"seconds": total, "errors": [...]} and exits 0 unless execution itself
failed (kernel death, timeout).
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellControlSignal

# Deno's kernel can publish a large execute_result (a figure with plotly.js inlined) after its
# `idle` status; nbclient stops listening at `idle` and would drop it, although Jupyter frontends
# route it to the cell by its parent id. So after each cell we keep reading the cell's late
# messages until the channel has been quiet this long (seconds), per kernel.
LATE_OUTPUT_GRACE = {'deno': 0.5}


def main(path, kernel, output, timeout):
    nb = nbformat.read(path, as_version=4)
    started = {}

    def on_start(cell, cell_index, **_):
        started[cell_index] = time.monotonic()

    async def on_executed(cell, cell_index, execute_reply, **_):
        content = execute_reply.get('content', {}) if execute_reply else {}
        grace = LATE_OUTPUT_GRACE.get(kernel, 0)
        parent = (execute_reply or {}).get('parent_header', {}).get('msg_id')
        while grace > 0:
            try:
                msg = await client.kc.get_iopub_msg(timeout=grace)
            except Exception:  # queue.Empty: quiet for `grace` seconds
                break
            if msg.get('parent_header', {}).get('msg_id') == parent:
                try:
                    client.process_message(msg, cell, cell_index)
                except CellControlSignal:
                    pass
        cell.metadata['eqn_execution'] = {
            'status': content.get('status', 'unknown'),
            'ename': content.get('ename'),
            'evalue': content.get('evalue'),
            'seconds': round(time.monotonic() - started.get(cell_index, time.monotonic()), 3),
        }

    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        allow_errors=True,
        resources={'metadata': {'path': os.path.dirname(os.path.abspath(path))}},
        on_cell_start=on_start,
        on_cell_executed=on_executed,
    )
    t0 = time.monotonic()
    failure = None
    try:
        client.execute()
    except Exception as exc:  # timeout or dead kernel: still write what ran
        failure = f'{type(exc).__name__}: {exc}'
    seconds = time.monotonic() - t0
    nbformat.write(nb, output)
    errors = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != 'code':
            continue
        ex = cell.metadata.get('eqn_execution', {})
        if ex.get('status') not in ('ok', None) or any(o.get('output_type') == 'error' for o in cell.get('outputs', [])):
            stderr = ''.join(o.get('text', '') for o in cell.get('outputs', []) if o.get('name') == 'stderr')
            errors.append({'cell': i, 'status': ex.get('status'), 'ename': ex.get('ename'), 'evalue': ex.get('evalue'), 'stderr': stderr[:2000]})
    print(json.dumps({'seconds': round(seconds, 2), 'errors': errors, 'failure': failure}))
    return 1 if failure else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
