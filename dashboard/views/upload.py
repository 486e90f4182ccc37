"""上传: add pages (.txt, or a .zip of them) to the database; a progress bar, then what was added or refused."""

import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import ui
from etl import upload
from etl.model import PageResult
from etl.pipeline import NoReadablePage, Summary, run

LIMITS = upload.Limits()
SUMMARY = "upload_summary"  # session key: the last upload's report, shown after the rerun that refreshes the views
ROUND = "upload_round"  # session key: a new file box after each upload

st.title("上传")
st.caption(f"上传报纸页面的文本（.txt，UTF-8 或 GBK），或装着它们的 .zip 压缩包。{LIMITS.describe()}。"
           "已有的页面不会丢失：相同的页面会被跳过，改名的副本记为重复。")
files = st.file_uploader("选择页面文件", type=["txt", "zip"], accept_multiple_files=True,
                         key=f"upload_files_{st.session_state.get(ROUND, 0)}",
                         max_upload_size=LIMITS.total_bytes // upload.MB)


def _progress(bar: DeltaGenerator) -> Callable[[Iterable[PageResult], int], Iterator[PageResult]]:
    def follow(results: Iterable[PageResult], total: int) -> Iterator[PageResult]:
        bar.progress(0.0, text=f"正在处理 {total} 个新页面…")
        for i, result in enumerate(results, start=1):
            bar.progress(i / total, text=f"正在处理页面 {i}/{total}：{result.doc}")
            yield result
    return follow


def _import(files: list) -> dict:
    """Unpack, load what may be loaded, and say what happened to every file."""
    unpacked = upload.unpack([(f.name, f.getvalue()) for f in files], LIMITS)
    report = {"refused": list(unpacked.refused), "summary": None, "error": None}
    if unpacked.pages:
        bar = st.progress(0.0, text="正在读取页面…")
        with tempfile.TemporaryDirectory(prefix="gaoxin-upload-") as folder:
            upload.write(unpacked.pages, folder)
            try:
                summary: Summary = run([folder], ui.db(), progress=_progress(bar))
            except NoReadablePage as exc:  # every page refused (each is named below): the database is untouched
                summary = exc.summary
            except Exception as exc:  # the store swaps nothing in on failure: what was loaded stays
                report["error"] = f"导入失败，数据库未改动：{exc}"
                return report
        bar.progress(1.0, text="完成")
        report["summary"] = summary if summary.change else None
        report["refused"] += [(Path(path).name, reason) for path, reason in summary.rejected]
    return report


if st.button("导入", key="upload_run", type="primary", disabled=not files, icon=":material/upload:"):
    st.session_state[SUMMARY] = _import(files)
    st.session_state[ROUND] = st.session_state.get(ROUND, 0) + 1
    st.rerun()  # the sidebar's parks and years, and every view, now read the new database

report = st.session_state.get(SUMMARY)
if report:
    st.subheader("导入结果")
    if report["error"]:
        st.error(report["error"])
    summary = report["summary"]
    if summary is not None:
        change = summary.change
        a, b, c, d, e = st.columns(5)
        a.metric("新页面", len(summary.outcomes["new"]),
                 help=f"另有 {len(summary.outcomes['updated'])} 个同名页面内容有改动，已更新")
        b.metric("重复", len(summary.outcomes["duplicate"]))
        c.metric("未变（跳过）", len(summary.outcomes["unchanged"]))
        d.metric("拒绝", len(report["refused"]))
        e.metric("新增数据", f"+{change.added}" if change else "0")
        st.success(f"数据库现有 {change.total:,} 条数据。" if change else "完成。", icon=":material/check_circle:")
        for doc, of in summary.duplicates:
            st.info(f"{doc} 与已有的 {of} 内容相同，记为重复，不重复计数。", icon=":material/content_copy:")
        for path, message in summary.warnings:
            st.warning(f"{Path(path).name} 有损坏的字节，已替换后导入：{message}", icon=":material/warning:")
    elif not report["error"]:
        st.warning("没有可导入的页面。", icon=":material/block:")
    for name, reason in report["refused"]:
        st.error(f"已拒绝 {name}：{reason}", icon=":material/block:")
