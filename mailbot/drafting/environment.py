"""The sandboxed Jinja2 environment that renders replies, and its error lines.

The loader chain, for ``<brand folder>/<name>.txt.j2``: each *search name*
(:func:`search_names`: the brand's folder, then ``_shared/``) is tried in
every *layer*, in order: the brand's text in the store (admins' edits, see
:mod:`mailbot.drafting.overrides`; brand folder only), the override folder
(``template_overrides``, if configured), the shipped templates.  So a brand's
stored text wins over everything, and a file shipped in ``<brand>/`` still wins
over an override in ``_shared/``.  A language level (``<brand>/<lang>/x``
before ``<brand>/x``) is one more entry in :func:`search_names`.  Inside a template, ``{% extends %}``, ``{% include %}``
and ``{% import %}`` names are relative to the same brand, so a brand replaces
one partial (say ``part_cancel_confirmed.txt.j2``) by having a file of that name.
``_shared/...`` names the shared file explicitly.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from types import TracebackType
from typing import Any, Callable, Mapping, MutableMapping

import jinja2
from jinja2 import BaseLoader, BytecodeCache, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from mailbot.drafting.context import CONTEXT_TYPES
from mailbot.drafting.overrides import store_filename
from mailbot.errors import TemplateError


SHARED = "_shared"
SUFFIX = ".txt.j2"


def search_names(template: str) -> list[str]:
    """The names tried for ``template``, in order: ``brand/x``, then ``_shared/x``."""
    folder, _, rest = template.partition("/")
    if not rest or folder == SHARED:
        return [template]
    return [template, f"{SHARED}/{rest}"]


class BrandLoader(BaseLoader):
    """Each search name through the layers: the brand's stored texts (when
    given: ``stored`` maps a file name under ``stored_folder`` to its text),
    then the folders, override folder first."""

    def __init__(self, folders: list[Path], stored: Mapping[str, str] | None = None,
                 stored_folder: str | None = None, brand: str | None = None):
        self.folders = folders
        self.files = FileSystemLoader([str(f) for f in folders])
        self.stored = dict(stored or {})
        self.stored_folder = stored_folder
        self.brand = brand

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable]:
        for name in search_names(template):
            folder, _, rest = name.partition("/")
            if self.stored and folder == self.stored_folder and rest in self.stored:
                return self.stored[rest], store_filename(self.brand or folder, rest), _always
            try:
                return self.files.get_source(environment, name)
            except TemplateNotFound:
                continue
        raise TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        return self.files.list_templates()


class ReplyEnvironment(SandboxedEnvironment):
    """The sandbox, with a fast answer for the context's own plain dataclasses."""

    context_types: frozenset[type] = frozenset()

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if type(obj) in self.context_types:
            return not attr.startswith("_")  # data fields only; dunders stay refused
        return super().is_safe_attribute(obj, attr, value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``{{ refund.amount }}``: a field of the context's own dataclasses is read at once.

        The sandbox's answer would be the same value (:meth:`is_safe_attribute` allows
        every field, and no field holds a ``str.format`` method to wrap), after two more
        calls per lookup: about 10 lookups a reply.  Anything else, or a name that is
        not a field, goes through the sandbox as before."""
        if type(obj) in self.context_types and not attribute.startswith("_"):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as one plain dict (the environment's, then the template's own)
        instead of Jinja2's ``ChainMap`` over both.

        Jinja2 copies a template's globals into a new context on every render and every
        ``{% include %}`` (three or four a reply), and a ``ChainMap`` is iterated and read in
        Python, a dict in C.  The values are the same; what a ``ChainMap`` adds, seeing the
        environment's globals changed after a template was compiled, is never used: nothing
        changes an environment's globals after :func:`make_environment` (the Drafter makes a
        new environment when the stored texts change)."""
        return {**self.globals, **(d or {})}

    def join_path(self, template: str, parent: str) -> str:
        """Names inside a template stay in the including template's folder (the brand's, or
        the brand's language folder ``<brand>/<lang>``)."""
        if template.startswith(SHARED + "/") or "/" not in parent:
            return template
        return f"{parent.rsplit('/', 1)[0]}/{template}"


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory for the process, shared by every environment.

    Jinja2 compiles a template's source to Python code (parse, generate, ``compile``: about
    10 ms for a reply's three or four files) once per environment, and a new environment
    is made for each ``mailbot triage`` call, each brand's stored texts and each change to
    them.  Jinja2's bytecode cache keys a compiled template by its name and file *and* a
    checksum of its source, so a text that changed is compiled again and never served
    stale.  At most ``size`` compiled templates are kept (least recently used dropped):
    stored texts edited many times in a long-running process cannot grow it without end.
    Only environments made by :func:`make_environment` use it: compiled code depends on the
    environment's options (the sandbox's operators, block trimming), which are the same there."""

    def __init__(self, size: int = 256):
        self.size = size
        self._code: OrderedDict[tuple[str, str], bytes] = OrderedDict()

    def load_bytecode(self, bucket: Bucket) -> None:
        key = (bucket.key, bucket.checksum)
        code = self._code.get(key)
        if code is not None:
            self._code.move_to_end(key)
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[(bucket.key, bucket.checksum)] = bucket.bytecode_to_string()
        while len(self._code) > self.size:
            self._code.popitem(last=False)


COMPILED = CompiledTemplates()


def _always() -> bool:
    """A stored text is current for as long as its environment lives (the
    Drafter makes new environments when the store's texts change)."""
    return True


def make_environment(folders: list[Path], stored: Mapping[str, str] | None = None,
                     stored_folder: str | None = None, brand: str | None = None) -> ReplyEnvironment:
    env = ReplyEnvironment(
        loader=BrandLoader(folders, stored, stored_folder, brand),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
        cache_size=-1,
        bytecode_cache=COMPILED,
    )
    env.context_types = CONTEXT_TYPES
    return env


def template_folders(templates_dir: Path, overrides: Path | None) -> list[Path]:
    return [p for p in (overrides, templates_dir) if p is not None]


def load(env: ReplyEnvironment, name: str) -> jinja2.Template:
    """Compile one template (and, lazily, what it includes) or raise TemplateError."""
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as e:
        raise problem(f"{e.filename or e.name or name}:{e.lineno}: syntax error: {e.message}") from None
    except TemplateNotFound as e:
        folders = ", ".join(str(f) for f in env.loader.folders)
        raise problem(f"{e.name}: template not found (nor under {SHARED}/) in {folders}") from None


def render(template: jinja2.Template, variables: dict[str, Any]) -> str:
    try:
        return template.render(variables)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as e:  # an included template that does not compile
        raise problem(f"{e.filename or e.name}:{e.lineno}: syntax error: {e.message}") from None
    except TemplateNotFound as e:
        raise problem(f"{where(e.__traceback__, template)}: template not found: {e.name}") from None
    except jinja2.UndefinedError as e:
        raise problem(f"{where(e.__traceback__, template)}: undefined variable: {e.message}") from None
    except Exception as e:  # a filter or test given the wrong value, a sandbox refusal
        raise problem(f"{where(e.__traceback__, template)}: {type(e).__name__}: {e}") from None


def problem(text: str) -> TemplateError:
    """A TemplateError whose message is one line whatever Jinja2 said."""
    return TemplateError(" ".join(text.split()))


def where(tb: TracebackType | None, template: jinja2.Template) -> str:
    """``file:line`` of the innermost template frame of a rendering error."""
    found = f"{template.filename or template.name}:?"
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(SUFFIX):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
