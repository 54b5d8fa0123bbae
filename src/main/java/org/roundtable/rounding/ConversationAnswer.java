package org.roundtable.rounding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An answer to one rounding question, with the question's wording as it was asked. */
@Embeddable
public class ConversationAnswer {

    public static final int MAX_TEXT = 2000;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "question", nullable = false, length = RoundingQuestion.MAX_TEXT)
    private String question;

    @Column(name = "answer", nullable = false, length = MAX_TEXT)
    private String answer;

    protected ConversationAnswer() {
    }

    public ConversationAnswer(Long questionId, String question, String answer) {
        this.questionId = questionId;
        this.question = Objects.requireNonNull(question, "question");
        this.answer = Objects.requireNonNull(answer, "answer").strip();
    }

    public Long getQuestionId() { return questionId; }
    public String getQuestion() { return question; }
    public String getAnswer() { return answer; }
}
