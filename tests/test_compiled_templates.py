"""Compiled reply templates shared across environments (mailbot.drafting.environment.CompiledTemplates)."""

from __future__ import annotations

from mailbot.drafting.environment import COMPILED, CompiledTemplates, make_environment


def _render(tmp_path, text: str, stored: dict[str, str] | None = None) -> str:
    folder = tmp_path / "templates"
    (folder / "brand").mkdir(parents=True, exist_ok=True)
    (folder / "brand" / "reply.txt.j2").write_text(text)
    env = make_environment([folder], stored, "brand" if stored else None, "brand")
    return env.get_template("brand/reply.txt.j2").render(name="Asha")


def test_a_second_environment_reuses_the_compiled_template(tmp_path):
    folder = tmp_path / "templates"
    (folder / "brand").mkdir(parents=True)
    (folder / "brand" / "reply.txt.j2").write_text("Dear {{ name }},")
    compiled = []
    for _ in range(2):
        env = make_environment([folder])
        assert env.bytecode_cache is COMPILED
        real_compile = env.compile

        def counting(source, name=None, filename=None, raw=False, defer_init=False, _real=real_compile):
            compiled.append(name)
            return _real(source, name, filename, raw, defer_init)

        env.compile = counting
        assert env.get_template("brand/reply.txt.j2").render(name="Asha") == "Dear Asha,"
    assert compiled == ["brand/reply.txt.j2"]  # the second environment compiled nothing


def test_a_changed_text_is_compiled_again_never_served_stale(tmp_path):
    assert _render(tmp_path, "Dear {{ name }},") == "Dear Asha,"
    assert _render(tmp_path, "Hello {{ name }}!") == "Hello Asha!"
    stored = {"reply.txt.j2": "Hi {{ name }} (edited)"}
    assert _render(tmp_path, "Hello {{ name }}!", stored) == "Hi Asha (edited)"
    stored["reply.txt.j2"] = "Hi {{ name }} (edited twice)"
    assert _render(tmp_path, "Hello {{ name }}!", stored) == "Hi Asha (edited twice)"


def test_the_cache_keeps_at_most_its_size(tmp_path):
    cache = CompiledTemplates(size=2)
    folder = tmp_path / "t"
    (folder / "b").mkdir(parents=True)
    for i in range(5):
        (folder / "b" / "x.txt.j2").write_text(f"v{i} {{{{ name }}}}")
        env = make_environment([folder])
        env.bytecode_cache = cache
        assert env.get_template("b/x.txt.j2").render(name="n") == f"v{i} n"
    assert len(cache._code) == 2
