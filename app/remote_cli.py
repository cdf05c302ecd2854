"""The command line's translation-server arguments: `--endpoint URL [--endpoint-model NAME]`.

The API key comes from the PARLEY_API_KEY environment variable only: an argument would be
visible to every user of the machine in the process list, and it is never printed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.errors import ParleyError
from app.core.options import ENDPOINT_FALLBACK, ENDPOINT_MODEL, ENDPOINT_URL, add_cli_arguments

if TYPE_CHECKING:
    from app.core.options import ModelOptions
    from app.core.translation.backend import BackendLoader
    from app.core.translation.engine import TranslationEngine
    from app.core.translation.events import EngineEvent
    from app.core.translation.remote_backend import Endpoint

API_KEY_VARIABLE = "PARLEY_API_KEY"


def add_endpoint_arguments(
    parser: argparse.ArgumentParser, model: bool = True, fallback: bool = False
) -> None:
    add_cli_arguments(parser, (ENDPOINT_URL, ENDPOINT_MODEL) if model else (ENDPOINT_URL,))
    if fallback:
        parser.add_argument(ENDPOINT_FALLBACK.flag, dest=ENDPOINT_FALLBACK.name, action="store_true",
                            help="with --endpoint: translate with the local model (--model, or the bundled "
                                 "one) when the server cannot be reached, at the start or later")  # fmt: skip


def endpoint_from_args(args: argparse.Namespace) -> Endpoint:
    """The endpoint the command names; RemoteError (a sentence) for an address that is not one."""
    from app.core.translation.remote_backend import Endpoint

    return Endpoint(
        args.endpoint_url, getattr(args, "endpoint_model", "") or "", os.environ.get(API_KEY_VARIABLE, "")
    )


def remote_engine(args: argparse.Namespace, source: str, target: str) -> TranslationEngine:
    """A started engine on the server's model; ParleyError with the server's fault otherwise."""
    from app.core.translation.engine import EngineConfig, TranslationEngine
    from app.core.translation.events import ModelReady
    from app.core.translation.remote_backend import RemoteLoader, ServerOrLocalLoader, endpoint_path

    endpoint = endpoint_from_args(args)
    config = EngineConfig(endpoint_path(endpoint), _model_options(args), warm_pair=None)
    loader: BackendLoader = RemoteLoader(endpoint)
    if getattr(args, "endpoint_fallback", False):
        from app.core.translation.llama_backend import LLAMA  # loads llama.cpp, only for the fallback

        server = ServerOrLocalLoader(LLAMA, until="for the rest of this command")
        server.use(endpoint, True, args.model)
        loader = server
    loaded = threading.Event()

    def say(event: EngineEvent) -> None:
        # The load's own notice is said below; a later one is the local model taking over.
        if isinstance(event, ModelReady) and loaded.is_set() and event.info.notice:
            print(f"parley: {event.info.notice}", file=sys.stderr, flush=True)

    engine = TranslationEngine(config, listener=say, loader=loader)
    engine.start()
    engine.wait_ready()
    loaded.set()
    if engine.model_info is None:
        engine.close()
        raise ParleyError(engine.load_error or f"the server at {endpoint.address} could not be used")
    print(f"parley: {engine.model_info.backend}: {engine.model_info.notice}", file=sys.stderr)
    return engine


def _model_options(args: argparse.Namespace) -> ModelOptions:
    """The server needs only the context and the preset; the local model standing in needs the rest."""
    from app.core.options import ModelOptions, OptionError, model_options_from_args

    if not getattr(args, "endpoint_fallback", False):
        return ModelOptions(n_ctx=args.n_ctx, prompt_style=args.prompt_style)
    try:
        return model_options_from_args(args)
    except OptionError as exc:
        raise ParleyError(str(exc)) from None


def print_remote_models(args: argparse.Namespace) -> int:
    """`parley models --endpoint URL`: the server's models, one a line (or JSON)."""
    from app.core.translation.remote_backend import list_models

    endpoint = endpoint_from_args(args)
    names = list_models(endpoint)
    if args.json:
        print(json.dumps({"endpoint": endpoint.address, "models": names}, indent=2))
    else:
        print(f"models at {endpoint.address}:")
        for name in names:
            print(f"remote   {name}")
    return 0


def bench_on_server(args: argparse.Namespace, sentences: Sequence[str], references: list[str] | None) -> int:
    """`parley bench --typed --endpoint URL [--clients N …] [--json OUT]`."""
    from app.core.bench.remote import bench_remote, format_remote_report
    from app.core.options import ModelOptions

    if any(n < 1 or n > 64 for n in args.clients):
        raise ParleyError("--clients takes from 1 to 64 clients")
    endpoint = endpoint_from_args(args)
    options = ModelOptions(n_ctx=args.n_ctx, prompt_style=args.prompt_style)
    try:
        result = bench_remote(
            endpoint, sentences, args.source, args.target, options, references, args.clients
        )
    except RuntimeError as exc:
        raise ParleyError(str(exc)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:  # the bare loop's own faults
        reason = f"{type(exc).__name__}: {exc}"
        raise ParleyError(f"the bare loop to {endpoint.address} failed ({reason})") from None
    print(format_remote_report(result))
    if args.json_out is not None:
        args.json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
