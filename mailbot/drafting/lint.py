"""Lint of one template text before it is saved: nothing broken reaches a customer.

:func:`lint_template` refuses a text, with one :class:`LintProblem` per spot,
when

1. it does not compile (the line and Jinja2's complaint);
2. it names a variable the context does not have, or a field its value does
   not have (``{{ clase }}``, ``{{ refund.clase }}``): the line, the name and a
   did-you-mean from the variables of docs/templates.md (``refund.clause``);
3. it fails to render for a sample case (``mailbot templates check``'s) of
   an outcome whose reply uses it (an undefined value, a wrong filter), with
   every other template as it is in effect (stored texts included);
4. a reply rendered with it no longer states a required part.  Decided by a
   support lead: every reply that decides money states the decision's words,
   so an approved refund states its amount (``INR 11,988.00``), a denied one
   states the rule it applies (the policy sentence quoted, or the policy's
   name when the brand has no sentence for it), a confirmed cancellation
   states its last active day when known, and a request for details lists
   every missing field.  Checked on the rendered replies of the sample cases.

A translation (``es/...``) is rendered for every sample case in its language, without the
fallback to English, and must state the same decision words (the field labels excepted:
each translation words them itself).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields as dataclass_fields
from datetime import datetime
from typing import Iterator

import jinja2
from jinja2 import meta, nodes

from mailbot.config import Brand, Config
from mailbot.drafting.build import build_context
from mailbot.drafting.check import SAMPLE_NOW, Sample, sample_cases
from mailbot.drafting.context import _NESTED, TOP_LEVEL, TemplateContext, context_variables
from mailbot.drafting.drafter import TEMPLATE_NAMES, Drafter, choose_template, reply_subject
from mailbot.drafting.environment import SUFFIX, ReplyEnvironment
from mailbot.drafting.overrides import FixedOverrides, OverrideSet, store_filename
from mailbot.errors import TemplateError


@dataclass(frozen=True, slots=True)
class LintProblem:
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


# -- what the context offers --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Shape:
    """What a name holds, as far as the lint knows: a context dataclass, or a list of one."""

    path: str
    cls: type | None
    is_list: bool = False


def _field_types(cls: type) -> dict[str, str]:
    return {f.name: str(f.type) for f in dataclass_fields(cls)}


def _child(shape: Shape, attr: str) -> Shape:
    path = f"{shape.path}.{attr}"
    kind = _field_types(shape.cls)[attr]
    return Shape(path, _NESTED.get(path), kind.startswith("list["))


TOP_SHAPES = {name: Shape(name, _NESTED.get(name), kind.startswith("list["))
              for name, kind in _field_types(TemplateContext).items()}
KNOWN_PATHS = [name.replace("[]", "") for name, _, _ in context_variables()]


def did_you_mean(word: str, candidates: list[str]) -> str:
    """`` (did you mean 'refund.clause'?)`` when a candidate, or its last part, is close."""
    by_last = {}
    for path in candidates:
        by_last.setdefault(path.rsplit(".", 1)[-1], path)
        by_last.setdefault(path, path)
    close = difflib.get_close_matches(word.rsplit(".", 1)[-1], list(by_last), n=1, cutoff=0.6)
    return f" (did you mean {by_last[close[0]]!r}?)" if close else ""


# -- 1 and 2: the text alone -------------------------------------------------------------

def static_problems(env: ReplyEnvironment, text: str) -> list[LintProblem]:
    try:
        tree = env.parse(text)
    except jinja2.TemplateSyntaxError as e:
        return [LintProblem(e.lineno, f"syntax error: {e.message}")]
    problems = []
    undeclared = meta.find_undeclared_variables(tree) - set(env.globals) - set(TOP_LEVEL)
    for name in sorted(undeclared, key=lambda n: _first_line(tree, n)):
        problems.append(LintProblem(_first_line(tree, name),
                                    f"unknown variable {name!r}{did_you_mean(name, KNOWN_PATHS)}"))
    problems.extend(_field_problems(tree, dict(TOP_SHAPES)))
    return problems


def _first_line(tree: nodes.Node, name: str) -> int:
    return min((n.lineno for n in tree.find_all(nodes.Name) if n.name == name), default=0)


def _field_problems(node: nodes.Node, scope: dict[str, Shape]) -> Iterator[LintProblem]:
    """Fields read from a context value that it does not have; a ``for`` over a
    list of context values knows its loop variable's fields."""
    if isinstance(node, nodes.For):
        yield from _field_problems(node.iter, scope)
        inner = dict(scope)
        shape = _shape(node.iter, scope)
        for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
            inner.pop(target.name, None)
        if isinstance(node.target, nodes.Name) and shape is not None and shape.is_list and shape.cls:
            inner[node.target.name] = Shape(shape.path, shape.cls)
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            yield from _field_problems(child, inner)
        return
    if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
        for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
            scope.pop(target.name, None)
    if isinstance(node, nodes.Macro):
        scope = {k: v for k, v in scope.items() if k not in {a.name for a in node.args}}
    if isinstance(node, nodes.Getattr):
        shape = _shape(node.node, scope)
        if shape is not None and shape.cls is not None and not shape.is_list \
                and node.attr not in _field_types(shape.cls):
            fields = [f"{shape.path}.{f}" for f in _field_types(shape.cls)]
            yield LintProblem(node.lineno, f"unknown variable '{shape.path}.{node.attr}': "
                                           f"{shape.path} has no field {node.attr!r}{did_you_mean(node.attr, fields)}")
            return
    for child in node.iter_child_nodes():
        yield from _field_problems(child, scope)


def _shape(node: nodes.Node, scope: dict[str, Shape]) -> Shape | None:
    if isinstance(node, nodes.Name):
        return scope.get(node.name)
    if isinstance(node, nodes.Getattr):
        parent = _shape(node.node, scope)
        if parent is not None and parent.cls is not None and not parent.is_list \
                and node.attr in _field_types(parent.cls):
            return _child(parent, node.attr)
    return None


# -- 3 and 4: rendered against the sample cases -------------------------------------------

def replies_using(drafter: Drafter, brand: Brand, name: str) -> list[str]:
    """The replies whose rendering loads the file ``name`` (themselves included)."""
    env = drafter.environment(brand)
    using = []
    for reply in TEMPLATE_NAMES:
        if name in _reachable(env, brand, f"{reply}{SUFFIX}"):
            using.append(reply)
    return using


def _reachable(env: ReplyEnvironment, brand: Brand, start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, _, _ = env.loader.get_source(env, f"{brand.templates}/{name}")
            tree = env.parse(source)
        except (jinja2.TemplateError, OSError):
            continue
        for found in meta.find_referenced_templates(tree):
            if found is None:  # a computed name: it may load anything
                return {start, *_all_files(env, brand)}
            todo.append(found.split("/", 1)[1] if found.startswith("_shared/") else found)
    return seen


def _all_files(env: ReplyEnvironment, brand: Brand) -> set[str]:
    return {n.split("/", 1)[1] for n in env.loader.list_templates() if "/" in n}


def required_parts(context: TemplateContext) -> list[tuple[str, str]]:
    """(what, text) that the rendered reply must contain (see the module's docstring)."""
    parts: list[tuple[str, str]] = []
    refund = context.refund
    if refund is not None and refund.outcome == "approve" and refund.amount:
        parts.append(("the refund amount", refund.amount))
    if refund is not None and refund.outcome == "deny":
        parts.append(("the rule it applies", refund.clause or context.brand.policy_name))
    cancellation = context.cancellation
    if cancellation is not None and cancellation.outcome == "cancel" and cancellation.last_active_day:
        parts.append(("the last active day", cancellation.last_active_day))
    for missing in context.missing:
        parts.append((f"the missing field {missing.name!r}", missing.label))
    return parts


_STORE_LINE = re.compile(r"^store:[^/\s]+/(\S+?):(\d+|\?): ")


def rendered_problems(drafter: Drafter, brand: Brand, name: str, now: datetime) -> list[LintProblem]:
    language, _, rest = name.partition("/")
    if rest and language in (getattr(brand, "languages", ()) or ()):
        # A translation (``es/part_refund_denied.txt.j2``): every sample in its language, no
        # fallback to English (mailbot.drafting.translations).
        from mailbot.drafting.translations import language_problems

        return [LintProblem(None, line) for line in
                dict.fromkeys(language_problems(drafter, brand, sample_cases(brand), now, language))]
    problems: list[LintProblem] = []
    seen: set[str] = set()
    using = set(replies_using(drafter, brand, name))
    for sample in sample_cases(brand):
        reply = choose_template(sample.verdict)
        if reply not in using:
            continue
        for problem in _sample_problems(drafter, brand, name, sample, now):
            if problem.message not in seen:
                seen.add(problem.message)
                problems.append(problem)
    return problems


def _sample_problems(drafter: Drafter, brand: Brand, name: str, sample: Sample, now: datetime) -> list[LintProblem]:
    reply = choose_template(sample.verdict)
    try:
        draft = drafter.draft(sample.case, sample.extraction, sample.verdict, brand, now)
    except TemplateError as e:
        text = str(e)
        found = _STORE_LINE.match(text)
        if found and found.group(1) == name and found.group(2).isdigit():
            return [LintProblem(int(found.group(2)), f"{text[found.end():]} (reply {reply}, sample: {sample.label})")]
        return [LintProblem(None, f"{text} (reply {reply}, sample: {sample.label})")]
    if draft is None or not draft.body.strip():
        return [LintProblem(None, f"reply {reply} renders empty (sample: {sample.label})")]
    subject = reply_subject(sample.case.first.subject, sample.case.reference)
    context = build_context(reply, sample.case, sample.extraction, sample.verdict, brand,
                            drafter.brand_view(brand), subject, now)
    flat = " ".join(draft.body.split())
    return [LintProblem(None, f"reply {reply} no longer states {what} ({text!r}) (sample: {sample.label})")
            for what, text in required_parts(context) if " ".join(text.split()) not in flat]


# -- all of it -------------------------------------------------------------------------

def lint_template(config: Config, overrides: OverrideSet, brand: Brand, name: str, text: str | None,
                  now: datetime = SAMPLE_NOW) -> list[LintProblem]:
    """Problems of ``text`` as brand's ``name`` (None: the shipped text again),
    every other template as in ``overrides``.  Empty when it may be saved."""
    candidate = overrides.with_text(brand.name, name, text)
    drafter = Drafter(config, FixedOverrides(candidate))
    drafter.refresh()
    if text is not None:
        problems = static_problems(drafter.environment(brand), text)
        if problems:
            return problems
    return rendered_problems(drafter, brand, name, now)


def lint_all(config: Config, overrides: OverrideSet, now: datetime = SAMPLE_NOW) -> list[str]:
    """Every stored text of ``overrides`` linted together (an import): ``brand/name: line N: ...``."""
    drafter = Drafter(config, FixedOverrides(overrides))
    drafter.refresh()
    out = []
    for (brand_name, name), text in sorted(overrides.texts.items()):
        brand = config.brands.get(brand_name)
        if brand is None:
            out.append(f"{brand_name}/{name}: no brand {brand_name!r}{did_you_mean(brand_name, list(config.brands))}")
            continue
        problems = static_problems(drafter.environment(brand), text) or \
            rendered_problems(drafter, brand, name, now)
        out.extend(f"{brand_name}/{name}: {p}" for p in problems)
    return out


__all__ = ["LintProblem", "lint_template", "lint_all", "did_you_mean", "required_parts", "replies_using",
           "store_filename"]
