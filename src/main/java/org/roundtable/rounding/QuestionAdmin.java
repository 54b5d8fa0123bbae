package org.roundtable.rounding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;

/** Admin page of the rounding questions: add, reword, reorder, retire. */
@Named("questionAdmin")
@ViewScoped
public class QuestionAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundingQuestions questions;

    @Inject
    FormErrors errors;

    private List<QuestionRow> rows;
    private String newText;
    private Long editingId;
    private String editText;

    public void load() {
        if (rows == null) {
            rows = questions.all();
        }
    }

    public void add() {
        try {
            questions.add(newText);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "add:text", "arg0", "add:text"));
            return;
        }
        newText = null;
        saved();
    }

    public void edit(QuestionRow q) {
        editingId = q.id();
        editText = q.text();
    }

    public void reword(QuestionRow q) {
        try {
            questions.reword(q.id(), q.version(), editText);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "list:editText", "arg2", "list:editText"));
            return;
        }
        editingId = null;
        saved();
    }

    public void move(QuestionRow q, int direction) {
        questions.move(q.id(), direction);
        rows = questions.all();
    }

    public void toggle(QuestionRow q) {
        try {
            questions.setActive(q.id(), q.version(), !q.active());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
        }
        rows = questions.all();
    }

    private void saved() {
        errors.notice("admin.saved");
        rows = questions.all();
    }

    public List<QuestionRow> getRows() { return rows; }
    public String getNewText() { return newText; }
    public void setNewText(String newText) { this.newText = newText; }
    public Long getEditingId() { return editingId; }
    public String getEditText() { return editText; }
    public void setEditText(String editText) { this.editText = editText; }
}
