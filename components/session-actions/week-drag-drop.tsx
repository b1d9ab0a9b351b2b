"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useEditToken } from "@/components/plan-header/use-edit-token";
import { adjustSession, describeActionFailure } from "./session-api";
import type { TMoveOption } from "./types";

export type TWeekDragDropProps = {
  planId: string;
  /** The id of the server-rendered list of days (`li[data-date]` holding `a[data-session-id]`). */
  listId: string;
  /** By session id: the dates of its week and whether it may move there (sessions that cannot move are absent). */
  moves: Record<string, TMoveOption[]>;
};

const DRAG_TYPE = "application/x-stridelift-session";

/**
 * Drag a session to another day of the week (desktop). The calendar stays a server component: this
 * island listens for drags that start on its session links (links drag natively), marks each day as a legal or illegal target while dragging,
 * says why a day is not allowed when the pointer is over it, and sends the move. The Move menu on
 * each session is the keyboard and phone way to do the same.
 */
export function WeekDragDrop({ planId, listId, moves }: TWeekDragDropProps) {
  const token = useEditToken(planId);
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error" | "hint"; text: string; details?: string[] } | null>(null);
  const [, startRefresh] = useTransition();
  const movesRef = useRef(moves);
  useEffect(() => {
    movesRef.current = moves;
  }, [moves]);

  useEffect(() => {
    if (!token) return;
    let dragging: string | null = null;
    let over: string | null = null;
    const optionFor = (date: string) => (dragging ? movesRef.current[dragging]?.find((option) => option.date === date) : undefined);
    // Looked up on every event: a refresh may re-render the list.
    const within = (target: EventTarget | null, selector: string) => {
      const element = target instanceof Element ? target.closest<HTMLElement>(selector) : null;
      return element && element.closest(`#${CSS.escape(listId)}`) ? element : null;
    };
    const cells = () => [...document.querySelectorAll<HTMLElement>(`#${CSS.escape(listId)} li[data-date]`)];

    const clear = () => {
      dragging = null;
      over = null;
      for (const cell of cells()) delete cell.dataset.drop;
    };
    const onDragStart = (event: DragEvent) => {
      const chip = within(event.target, "a[data-session-id]");
      const id = chip?.dataset.sessionId;
      if (!id || !movesRef.current[id] || !event.dataTransfer) return;
      dragging = id;
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.effectAllowed = "move";
      for (const cell of cells()) {
        const option = optionFor(cell.dataset.date!);
        cell.dataset.drop = option ? (option.ok ? "ok" : "no") : "from";
      }
      setMessage({ tone: "hint", text: "Drop it on a day with a dashed outline. Days you cannot use say why." });
    };
    const onDragOver = (event: DragEvent) => {
      const cell = within(event.target, "li[data-date]");
      if (!dragging || !cell) return;
      const option = optionFor(cell.dataset.date!);
      if (option?.ok) {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
      }
      if (over === cell.dataset.date) return;
      over = cell.dataset.date!;
      if (option) setMessage(option.ok ? { tone: "hint", text: `Drop to move it to ${option.label}.` } : { tone: "error", text: option.why });
    };
    const onDrop = async (event: DragEvent) => {
      const cell = within(event.target, "li[data-date]");
      const id = dragging;
      const option = cell ? optionFor(cell.dataset.date!) : undefined;
      clear();
      if (!id || !option?.ok) return;
      event.preventDefault();
      setMessage({ tone: "hint", text: `Moving it to ${option.label}…` });
      const result = await adjustSession({ planId, sessionId: id, token, change: { date: option.date } });
      if (!result.ok) {
        setMessage({ tone: "error", text: describeActionFailure(result.failure) });
        return;
      }
      setMessage({ tone: "ok", text: `Moved to ${option.label}.`, details: result.data.warnings.map((w) => w.message) });
      startRefresh(() => router.refresh());
    };
    const listeners = { dragstart: onDragStart, dragover: onDragOver, drop: onDrop, dragend: clear } as const;
    for (const [type, listener] of Object.entries(listeners)) document.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners)) document.removeEventListener(type, listener as EventListener);
    };
  }, [listId, planId, token, router]);

  if (!token) return null;
  return (
    <div className="mt-3 hidden text-sm lg:block print:hidden">
      <p className="text-slate-700 dark:text-slate-300">Drag a session to another day of this week to move it, or use Move on the session below.</p>
      <div role="status" className="mt-1 min-h-6">
        {message ? (
          <div className={message.tone === "error" ? "font-medium text-red-800 dark:text-red-300" : message.tone === "ok" ? "font-medium text-emerald-800 dark:text-emerald-300" : ""}>
            <p>{message.text}</p>
            {message.details?.map((detail) => (
              <p key={detail}>{detail}</p>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
