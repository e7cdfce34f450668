package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a resident may write: no contact details; amounts, dates and school numbers are not phones. */
class FeedbackTextTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "Школу №17 обіцяли відкрити до вересня, а роботи стоять з 2026-03-01.",
        "Кошторис 120 000 000 грн завеликий для даху і вікон.",
        "Why does the roof cost 1,200,000 UAH when the district got 3 500 000 for two?",
        "Дякуємо за дитсадок на вул. Героїв Праці, 9: діти вже ходять."})
    void ordinaryFeedbackIsAccepted(String text) {
        assertThat(FeedbackText.problem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Зателефонуйте мені: +380 50 123 45 67, я бачу все з вікна.",
        "Мій номер 050-123-45-67, подзвоніть щодо будівництва.",
        "Call 0501234567 about the noise at night, please.",
        "Приймальня школи: (057) 700-12-34, але там не відповідають.",
        "Телефон сусіда 700-12-34, він знає про тріщини."})
    void phoneNumbersAreRefused(String text) {
        assertThat(FeedbackText.problem(text)).contains(FeedbackText.Problem.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Пишіть на ivan.petrenko@ukr.net щодо укриття", "mail me: a_b+c@mail.example.org ok"})
    void emailAddressesAreRefused(String text) {
        assertThat(FeedbackText.problem(text)).contains(FeedbackText.Problem.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9})
    void tooShortIsRefused(int length) {
        assertThat(FeedbackText.problem("я".repeat(length))).contains(FeedbackText.Problem.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2001})
    void atMostTwoThousandCharacters(int length) {
        assertThat(FeedbackText.problem("я".repeat(length)).isPresent()).isEqualTo(length > 2000);
    }
}
