"use client";

import { useState, useTransition } from "react";
import {
  changeRoleFormAction,
  resetTwoFactorFormAction,
  setUserActiveFormAction,
} from "@/app/(desk)/admin/actions";
import { RoleOptions } from "./role-options";

interface Props {
  user: {
    id: string;
    email: string;
    name: string;
    role: string;
    active: boolean;
    twoFactor: "on" | "setting up" | "off";
  };
  isSelf: boolean;
}

export function UserRow({ user, isSelf }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      const result = await fn();
      setError(result.ok ? null : (result.error ?? "Failed"));
    });

  return (
    <tr data-testid={`user-${user.email}`}>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          defaultValue={user.role}
          disabled={pending || isSelf}
          onChange={(e) =>
            run(() => changeRoleFormAction({ userId: user.id, role: e.target.value }))
          }
        >
          <RoleOptions />
        </select>
      </td>
      <td>{user.active ? "Active" : "Deactivated"}</td>
      <td data-testid="two-factor">
        {user.twoFactor}
        {!isSelf && user.twoFactor !== "off" && (
          <>
            {" "}
            <button
              type="button"
              className="secondary small"
              disabled={pending}
              onClick={() => {
                // Lost phone: removes their two-factor and signs them out everywhere.
                if (window.confirm(`Reset two-factor sign-in of ${user.email} and sign them out?`))
                  run(() => resetTwoFactorFormAction({ userId: user.id }));
              }}
            >
              Reset two-factor
            </button>
          </>
        )}
      </td>
      <td>
        {!isSelf && (
          <button
            type="button"
            className={user.active ? "danger" : "secondary"}
            disabled={pending}
            onClick={() =>
              run(() => setUserActiveFormAction({ userId: user.id, active: !user.active }))
            }
          >
            {user.active ? "Deactivate" : "Reactivate"}
          </button>
        )}
        {error && (
          <span role="alert" className="field-error">
            {" "}
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
